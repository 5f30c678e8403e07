import { afterEach, describe, expect, it } from 'vitest'
import { type CliProcess, spawnCli } from '../support/cli-process.js'

// Issue 26: `--scenario empty-cluster` without --fixtures said only "known scenarios: (none
// loaded)", with no word about --fixtures or the scenario files the package ships.

const running: CliProcess[] = []
afterEach(() => {
  for (const cli of running.splice(0)) if (cli.child.exitCode === null) cli.child.kill('SIGKILL')
})

describe('--scenario without --fixtures', () => {
  it('says to load scenarios with --fixtures, where the shipped ones are, and the command', async () => {
    const cli = spawnCli(['--port', '0', '--scenario', 'empty-cluster', '--no-parent-watch'])
    running.push(cli)
    expect(await cli.exited).toBe(2)
    const said = cli.stderr()
    expect(said).toContain('--scenario empty-cluster picks one of the scenarios loaded with --fixtures')
    expect(said).toMatch(/The package ships scenario files in \S*fixtures \(.*empty-cluster.*\)/)
    expect(said).toMatch(/--fixtures \S*fixtures --scenario empty-cluster/)
  })
})
