import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type CliProcess, spawnCli, waitForUrl } from '../support/cli-process.js'

let dir: string
const running: CliProcess[] = []

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-cli-'))
})
afterEach(() => {
  for (const cli of running.splice(0)) if (cli.child.exitCode === null) cli.child.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

function start(args: string[]): CliProcess {
  const cli = spawnCli(args)
  running.push(cli)
  return cli
}

/** Polls (bounded) until `check` passes; the file watcher needs a moment after a write. */
async function eventually(check: () => Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

const flaky = (status: number) =>
  JSON.stringify({
    load: [{ name: '0@svc@loaded', description: 'v1' }],
    rules: [{ match: { path: '*/versions' }, respond: { status } }],
  })

describe('the CLI with --fixtures', () => {
  it('refuses to start on a bad file, naming the file, the place and what was expected', async () => {
    const file = join(dir, 'bad.json')
    writeFileSync(file, '{ "seed": "one" }')
    const cli = start(['--port', '0', '--fixtures', dir])
    expect(await cli.exited).toBe(1)
    expect(cli.stderr().trim()).toBe(`yr-meta-mock: ${file}:1:11 at /seed: expected number, received string`)
  })

  it('refuses an unknown --scenario', async () => {
    writeFileSync(join(dir, 'calm.json'), '{}')
    const cli = start(['--port', '0', '--fixtures', dir, '--scenario', 'storm'])
    expect(await cli.exited).toBe(1)
    expect(cli.stderr().trim()).toBe('yr-meta-mock: unknown scenario "storm"; known scenarios: calm')
  })

  it('reloads a changed file, keeps runtime data, and keeps the last good version of a broken one', async () => {
    const file = join(dir, 'flaky.json')
    writeFileSync(file, flaky(503))
    const cli = start(['--port', '0', '--functions', '0', '--fixtures', dir, '--scenario', 'flaky'])
    const url = await waitForUrl(cli)
    const versions = `${url}/serverless/v1/functions/0@faaspy@hello2/versions`
    expect((await fetch(versions)).status).toBe(503)
    const created = await fetch(`${url}/serverless/v1/functions`, {
      method: 'POST',
      body: JSON.stringify({ name: 'mine', runtime: 'python3.9', cpu: 500, memory: 256, timeout: 3 }),
    })
    expect(created.status).toBe(200)

    writeFileSync(file, flaky(429).replace('"v1"', '"v2"'))
    await eventually(async () => expect((await fetch(versions)).status).toBe(429))
    // Reload lines are logs: stderr, not stdout.
    expect(cli.stderr()).toContain(
      `reloaded ${dir}, applied: scenarios flaky; active flaky; data updated 1 loaded function(s): 0@svc@loaded`,
    )
    expect((await fetch(`${url}/serverless/v1/functions/mine`)).status).toBe(200)
    const loaded = (await (await fetch(`${url}/serverless/v1/functions/0@svc@loaded`)).json()) as {
      function: { description: string }
    }
    expect(loaded.function.description).toBe('v2')

    writeFileSync(file, '{ "rules": [ }')
    await eventually(async () => expect(cli.stderr()).toContain('not applied'))
    expect(cli.stderr()).toContain(
      `could not reload ${dir}, not applied (nothing changed: the last good scenarios and data still serve): ` +
        `${file}:1:14 at (document root): valid JSON`,
    )
    expect((await fetch(versions)).status).toBe(429)
    expect((await fetch(`${url}/serverless/v1/functions/mine`)).status).toBe(200)
    cli.child.kill('SIGTERM')
    expect(await cli.exited).toBe(0)
  })
})
