import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { loadScenarios, watchScenarios } from '../../src/node/index.js'
import { watchParent } from '../../src/node/parent-watch.js'
import { type CliProcess, spawnCli, waitForReady } from '../support/cli-process.js'

// Issue 26: --proxy and --record appeared neither in the banner nor in the logs (nor a 502 from
// a dead upstream); a deleted active scenario was logged as "restarted"; a stop because the
// parent exited said "send it again to stop at once".

let dir: string
const running: CliProcess[] = []
const stops: (() => void)[] = []
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-logs-'))
})
afterEach(() => {
  for (const stop of stops.splice(0)) stop()
  for (const cli of running.splice(0)) if (cli.child.exitCode === null) cli.child.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return port
}

describe('--proxy and --record', () => {
  it('are in the banner, and a dead upstream is logged once with the 502 it causes', async () => {
    const upstream = `http://127.0.0.1:${await closedPort()}`
    const file = join(dir, 'flow.json')
    const cli = spawnCli(['--port', '0', '--no-parent-watch', '--proxy', upstream, '--record', file])
    running.push(cli)
    const { url } = await waitForReady(cli)
    await expect.poll(() => cli.stdout()).toContain('routes:')
    expect(cli.stdout()).toContain(`proxy: every request the scenario rules leave goes to ${upstream}`)
    expect(cli.stdout()).toContain(`record: ${file}, rewritten whole`)
    for (let time = 0; time < 3; time++)
      expect((await fetch(`${url}/serverless/v1/functions`)).status).toBe(502)
    await expect.poll(() => cli.stderr()).toContain(`proxy: cannot reach ${upstream} (ECONNREFUSED)`)
    expect(cli.stderr().match(/proxy: cannot reach/g)).toHaveLength(1)
    cli.child.kill('SIGTERM')
    await cli.exited
    expect(cli.stderr()).toContain(`recording: wrote ${file}`)
  })
})

describe('log lines that say what happened', () => {
  it('says the active scenario is gone when its file is deleted, not that it restarted', async () => {
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ name: 'a', functions: 0, rules: [] }))
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ name: 'b', functions: 0 }))
    const service = createMetaService({ scenarios: loadScenarios(dir), scenario: 'a' })
    const lines: string[] = []
    stops.push(watchScenarios(dir, service.engine, (line) => lines.push(line)))
    unlinkSync(join(dir, 'a.json'))
    await expect.poll(() => lines, { timeout: 5000 }).toHaveLength(1)
    expect(lines[0]).toContain(`the active scenario "a" is gone from ${dir}, so none is active now`)
    expect(lines[0]).not.toContain('restarted')
  })

  it('says the fake stops because the process that started it exited, and how to keep it up', async () => {
    const reason = await new Promise<string>((resolve) => {
      stops.push(watchParent(process.ppid + 100_000, resolve))
    })
    expect(reason).toContain('exited, so the fake stops with it (--no-parent-watch keeps it running)')
  })

  it('offers "send it again" only for a signal, not when stdin closed', async () => {
    const cli = spawnCli(['--port', '0', '--exit-on-stdin-close', '--no-parent-watch'], { stdin: 'pipe' })
    running.push(cli)
    await waitForReady(cli)
    cli.child.stdin?.end()
    expect(await cli.exited).toBe(0)
    expect(cli.stderr()).toContain('closing: finishing requests in flight')
    expect(cli.stderr()).not.toContain('send it again')
  })
})
