import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { type RunningServer, startServer } from '../../src/node/index.js'
import { runVerifyCommand } from '../../src/node/verify-command.js'

// Issue 26: `verify` reported false drift: the admin-* corpus files (sent to /admin/v1, the
// frontend's forwarder) went to the one --against URL; a second run against the same server
// met the first run's pod pools; an unreachable server was reported as drifts "(dropped)".

const CORPUS = 'test/golden/0.10.0/corpus'
let server: RunningServer
beforeAll(async () => {
  server = await startServer({ port: 0, functions: 0, docExample: false, logLevel: 'silent' })
})
afterAll(() => server.close())

/** Runs `verify` in-process, capturing what it prints. */
async function verify(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((text) => out.push(String(text)) > 0)
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((text) => err.push(String(text)) > 0)
  try {
    const code = await runVerifyCommand(args)
    return { code, stdout: out.join(''), stderr: err.join('') }
  } finally {
    stdout.mockRestore()
    stderr.mockRestore()
  }
}

/** A port nothing listens on: one taken from the system, then closed. */
async function closedPort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return port
}

describe('verify', () => {
  it('says it cannot connect to a server that is not there, and exits non-zero without drifts', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`
    const result = await verify('--against', url, `${CORPUS}/healthz.json`)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`cannot connect to ${url}`)
    expect(result.stdout).not.toContain('drifted')
    expect(result.stdout).not.toContain('dropped')
  })

  it('skips the /admin/v1 sequences without --against-admin, naming the files and the flag', async () => {
    const result = await verify('--against', server.url, `${CORPUS}/get.json`, `${CORPUS}/admin-get.json`)
    expect(result.stdout).toContain(`skipped 3 sequences sent to /admin/v1`)
    expect(result.stdout).toContain(`${CORPUS}/admin-get.json; to check them`)
    expect(result.stdout).toContain('--against-admin <url>')
    expect(result.stdout).toContain(`verify: 3 sequences, 43 exchanges against ${server.url}: 0 drifted`)
    expect(result.code).toBe(0)
  })

  it('replays the /admin/v1 sequences against --against-admin', async () => {
    const result = await verify(
      ...['--against', server.url, '--against-admin', server.url],
      ...[`${CORPUS}/get.json`, `${CORPUS}/admin-get.json`],
    )
    expect(result.stdout).not.toContain('skipped')
    expect(result.stdout.match(/3 sequences, 43 exchanges against .*: 0 drifted/g)).toHaveLength(2)
    expect(result.code).toBe(0)
  })

  // The corpus gained etcd outages (decision 0031) and state another writer puts in etcd (0035): a URL
  // reaches neither, and replaying them anyway reported 51 drifts against the real server.
  it("skips the sequences that need the server's etcd, naming the files, and replays the rest", async () => {
    const files = ['get', 'other-writer', 'etcd'].map((name) => `${CORPUS}/${name}.json`)
    const result = await verify('--against', server.url, ...files)
    expect(result.stdout).toContain(`skipped 12 sequences that need the server's etcd`)
    expect(result.stdout).toContain(`in ${CORPUS}/other-writer.json, ${CORPUS}/etcd.json:`)
    expect(result.stdout).toContain(`verify: 3 sequences, 43 exchanges against ${server.url}: 0 drifted`)
    expect(result.code).toBe(0)
  })

  it('finds no drift when the pod pool corpus runs twice against the same server', async () => {
    for (let run = 1; run <= 2; run++) {
      const result = await verify('--against', server.url, `${CORPUS}/podpools.json`)
      expect(result.stdout).toContain('0 drifted')
      expect(result.code).toBe(0)
    }
  })
})
