import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../src/node/index.js'
import { spawnCli, waitForUrl } from '../support/cli-process.js'

/** A scenario whose answers to GET /healthz take `ms`: a request that stays in flight. */
const slowHealthz = (ms: number) => ({
  name: 'slow',
  rules: [{ match: { method: 'GET', path: '/healthz' }, delay: { ms } }],
})

/**
 * How long a test lets a request reach the server before it stops it. The answers are delayed well
 * beyond it; 100 ms was too short on a loaded machine (the request was not in flight yet).
 */
const ARRIVAL_MS = 500

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) })
    return false
  } catch {
    return true
  }
}

describe('close() stops gracefully', () => {
  let server: RunningServer | undefined
  afterEach(async () => {
    await server?.close({ graceMs: 0 })
  })

  it('lets a request in flight finish, and refuses new connections meanwhile', async () => {
    server = await startServer({ port: 0, functions: 0, scenarios: [slowHealthz(1500)], scenario: 'slow' })
    const inFlight = fetch(`${server.url}/healthz`)
    await new Promise((resolve) => setTimeout(resolve, ARRIVAL_MS))
    const closed = server.close()
    expect(await refused(`${server.url}/healthz`)).toBe(true)
    const answer = await inFlight
    expect(answer.status).toBe(200)
    await closed
  })

  it('closes what is still in flight when the grace period ends, and says so', async () => {
    server = await startServer({ port: 0, functions: 0, scenarios: [slowHealthz(5000)], scenario: 'slow' })
    const inFlight = fetch(`${server.url}/healthz`).then(
      () => 'answered',
      () => 'cut',
    )
    await new Promise((resolve) => setTimeout(resolve, ARRIVAL_MS))
    const lines: string[] = []
    const started = Date.now()
    await server.close({ graceMs: 200, report: (line) => lines.push(line) })
    expect(Date.now() - started).toBeLessThan(2000)
    expect(await inFlight).toBe('cut')
    expect(lines.join('\n')).toMatch(/waiting up to 200 ms for 1 request[\s\S]*still in flight after 200 ms/)
  })

  it('closes at once when nothing is in flight, keep-alive connections included', async () => {
    server = await startServer({ port: 0, functions: 0 })
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    const started = Date.now()
    await server.close()
    expect(Date.now() - started).toBeLessThan(500)
  })
})

describe('the CLI on SIGTERM', () => {
  function cliWithSlowHealthz(ms: number) {
    const dir = mkdtempSync(join(tmpdir(), 'yr-stop-'))
    writeFileSync(join(dir, 'slow.json'), JSON.stringify(slowHealthz(ms)))
    return spawnCli(['--port', '0', '--functions', '0', '--fixtures', dir, '--scenario', 'slow'])
  }

  it('lets a request in flight complete, says so on stderr, and exits 0', async () => {
    const cli = cliWithSlowHealthz(1500)
    const url = await waitForUrl(cli)
    const inFlight = fetch(`${url}/healthz`)
    await new Promise((resolve) => setTimeout(resolve, ARRIVAL_MS))
    cli.child.kill('SIGTERM')
    expect((await inFlight).status).toBe(200)
    expect(await cli.exited).toBe(0)
    expect(cli.stderr()).toContain('SIGTERM received, closing: finishing requests in flight')
    expect(cli.stderr()).toContain('stopped')
  })

  it('stops at once on a second signal', async () => {
    const cli = cliWithSlowHealthz(10_000)
    const url = await waitForUrl(cli)
    const inFlight = fetch(`${url}/healthz`).catch(() => 'cut')
    await new Promise((resolve) => setTimeout(resolve, ARRIVAL_MS))
    cli.child.kill('SIGINT')
    await new Promise((resolve) => setTimeout(resolve, 100))
    cli.child.kill('SIGINT')
    expect(await cli.exited).toBe(130)
    expect(await inFlight).toBe('cut')
    expect(cli.stderr()).toContain('SIGINT received again, stopping now')
  })
})
