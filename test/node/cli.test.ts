import { once } from 'node:events'
import { createServer, type Server } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createMetaService, DOC_EXAMPLE_FUNCTION } from '../../src/index.js'
import { type CliProcess, spawnCli, waitForOutput, waitForUrl } from '../support/cli-process.js'

const running: CliProcess[] = []
const open: Server[] = []

afterEach(async () => {
  for (const cli of running.splice(0)) if (cli.child.exitCode === null) cli.child.kill('SIGKILL')
  for (const server of open.splice(0)) server.close()
})

function start(args: string[]): CliProcess {
  const cli = spawnCli(args)
  running.push(cli)
  return cli
}

describe('the built CLI', () => {
  it("starts, answers the docs' curl, and stops cleanly on SIGTERM", async () => {
    const cli = start(['--port', '0'])
    const url = await waitForUrl(cli)
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    // The banner follows the URL line by line: wait for the routes rather than read at once.
    expect(await waitForOutput(cli, '/serverless/v1/functions/{name}/versions')).toContain(
      '/serverless/v1/functions/{name}/versions',
    )
    const response = await fetch(
      `${url}/serverless/v1/functions/0@faaspy@hello2/versions?pageIndex=1&pageSize=1`,
    )
    const body = (await response.json()) as {
      pageInfo: { total: number }
      functions: Array<{ versionNumber: string }>
    }
    expect(body.pageInfo.total).toBe(2)
    // The real key order: `$latest` before the version the publish wrote in the same revision.
    expect(body.functions[0]?.versionNumber).toBe('$latest')
    cli.child.kill('SIGTERM')
    expect(await cli.exited).toBe(0)
  })

  it('serves the same data as createMetaService for the same seed', async () => {
    const service = createMetaService({ seed: 5, functions: 1 })
    await service.ready
    const generated = service.engine.defaultState.store
      .allRecords()
      .find((r) => r.name !== DOC_EXAMPLE_FUNCTION)
    const path = `/serverless/v1/functions/${generated?.name}/versions`
    const headers = { 'X-Tenant-ID': generated?.tenantId ?? '' }
    const cli = start(['--port', '0', '--seed', '5', '--functions', '1'])
    const url = await waitForUrl(cli)
    const expected = "serving 2 functions, 11 version records (seed 5: 1 generated + the docs' example)"
    expect(await waitForOutput(cli, expected)).toContain(expected)
    const served = await (await fetch(`${url}${path}`, { headers })).text()
    const inProcess = await (await service.app.request(path, { headers })).text()
    expect(served).toBe(inProcess)
    expect(JSON.parse(served).pageInfo.total).toBeGreaterThan(0)
    cli.child.kill('SIGINT')
    expect(await cli.exited).toBe(0)
  })

  it('ends with one line naming the port and exit code 1 when the port is in use', async () => {
    const blocker = createServer()
    open.push(blocker)
    blocker.listen(0, '127.0.0.1')
    await once(blocker, 'listening')
    const port = (blocker.address() as { port: number }).port
    const cli = start(['--port', String(port)])
    expect(await cli.exited).toBe(1)
    expect(cli.stderr().trim().split('\n')).toEqual([
      `yr-meta-mock: port ${port} on 127.0.0.1 is already in use; choose another with --port (0 picks a free one)`,
    ])
  })

  it('prints help and version, and refuses unknown flags with exit code 2', async () => {
    const help = start(['--help'])
    expect(await help.exited).toBe(0)
    expect(help.stdout()).toContain('--port <n>')
    const version = start(['--version'])
    expect(await version.exited).toBe(0)
    expect(version.stdout().trim()).toMatch(/^\d+\.\d+\.\d+/)
    const bad = start(['--bogus'])
    expect(await bad.exited).toBe(2)
    expect(bad.stderr()).toContain('unknown option --bogus')
    const badPort = start(['--port', 'x'])
    expect(await badPort.exited).toBe(2)
    expect(badPort.stderr()).toContain('--port takes a whole number')
  })
})
