import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CLI_PATH, type CliProcess, spawnCli, waitForReady } from '../support/cli-process.js'

const running: CliProcess[] = []
afterEach(() => {
  for (const cli of running.splice(0)) if (cli.child.exitCode === null) cli.child.kill('SIGKILL')
})

function start(args: string[], options: { stdin?: 'ignore' | 'pipe' } = {}): CliProcess {
  const cli = spawnCli(args, options)
  running.push(cli)
  return cli
}

/** Resolves with the time until nothing accepts connections on the port (bounded by `limitMs`). */
async function msUntilPortFree(port: number, limitMs = 5000): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    const accepted = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (!accepted) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return Number.POSITIVE_INFINITY
}

/** Whether a process has ended: gone, or a zombie its new parent has not reaped yet (Linux /proc). */
function hasExited(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return true
  }
}

describe('the CLI for programs that start it', () => {
  it('prints one JSON line first with the chosen port, and only that when silent', async () => {
    const cli = start(['--port', '0', '--log-level', 'silent'])
    const ready = await waitForReady(cli)
    expect(ready).toMatchObject({ event: 'listening', host: '127.0.0.1', tls: false, pid: cli.child.pid })
    expect(ready.url).toBe(`http://127.0.0.1:${ready.port}`)
    expect(ready.port).toBeGreaterThan(0)
    expect((await fetch(`${ready.url}/healthz`)).status).toBe(200)
    cli.child.kill('SIGTERM')
    expect(await cli.exited).toBe(0)
    expect(cli.stdout().trim().split('\n')).toHaveLength(1)
    expect(cli.stderr()).toBe('')
  })

  it('stops within 1 s when the process that started it is killed, freeing the port', async () => {
    // A stand-in for npx or a shell: it starts the CLI and is then killed without warning.
    const wrapper = spawn(
      process.execPath,
      [
        '-e',
        `require('node:child_process').spawn(process.execPath, [${JSON.stringify(CLI_PATH)}, '--port', '0'], { stdio: ['ignore', 'inherit', 'inherit'] }); setInterval(() => {}, 1000)`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let out = ''
    wrapper.stdout.on('data', (chunk) => {
      out += chunk
    })
    const deadline = Date.now() + 10_000
    while (!out.includes('\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25))
    const ready = JSON.parse(out.slice(0, out.indexOf('\n'))) as { port: number; pid: number }
    wrapper.kill('SIGKILL')
    const freeAfter = await msUntilPortFree(ready.port)
    expect(freeAfter).toBeLessThan(1000)
    // The port is freed as the server closes; the process ends just after it.
    await expect.poll(() => hasExited(ready.pid), { timeout: 1000, interval: 20 }).toBe(true)
  })

  it('stops when stdin closes with --exit-on-stdin-close', async () => {
    const cli = start(['--port', '0', '--exit-on-stdin-close', '--no-parent-watch'], { stdin: 'pipe' })
    const ready = await waitForReady(cli)
    cli.child.stdin?.end()
    expect(await cli.exited).toBe(0)
    expect(await msUntilPortFree(ready.port)).toBeLessThan(1000)
    expect(cli.stderr()).toContain('stdin closed (--exit-on-stdin-close), closing')
  })
})

describe('the banner', () => {
  it('states what the active scenario serves', async () => {
    const cli = start(['--port', '0', '--fixtures', 'fixtures', '--scenario', 'empty-cluster'])
    await waitForReady(cli)
    await expect.poll(() => cli.stdout()).toContain('routes:')
    expect(cli.stdout()).toContain('serving 0 functions, 0 version records (seed 31182: 0 generated)')
    expect(cli.stdout()).toContain('scenario: empty-cluster')
    expect(cli.stdout()).not.toContain('30 generated')
  })

  it('never echoes a given admin token, and /__admin needs it even on loopback', async () => {
    const cli = start(['--port', '0', '--admin-token', 's3cret'])
    const { url } = await waitForReady(cli)
    await expect.poll(() => cli.stdout()).toContain('routes:')
    expect(cli.stdout()).toContain('/__admin: needs the admin token you gave')
    expect(cli.stdout()).not.toContain('beyond loopback')
    expect((await fetch(`${url}/__admin/health`)).status).toBe(401)
    const authorized = await fetch(`${url}/__admin/health`, { headers: { authorization: 'Bearer s3cret' } })
    expect(authorized.status).toBe(200)
    cli.child.kill('SIGTERM')
    await cli.exited
    expect(cli.stdout() + cli.stderr()).not.toContain('s3cret')
  })

  it('prints a reachable URL when bound to every interface', async () => {
    const cli = start(['--port', '0', '--host', '0.0.0.0', '--admin-token', 't'])
    const ready = await waitForReady(cli)
    expect(ready.url).toBe(`http://127.0.0.1:${ready.port}`)
    expect(ready.host).toBe('0.0.0.0')
    expect((await fetch(`${ready.url}/healthz`)).status).toBe(200)
  })

  it('sends reload and shutdown lines to stderr, and none of them when silent', async () => {
    const info = start(['--port', '0', '--fixtures', 'fixtures'])
    await waitForReady(info)
    info.child.kill('SIGTERM')
    await info.exited
    expect(info.stderr()).toContain('SIGTERM received, closing')
    expect(info.stdout()).not.toContain('closing')
    const silent = start(['--port', '0', '--fixtures', 'fixtures', '--log-level', 'silent'])
    await waitForReady(silent)
    silent.child.kill('SIGTERM')
    expect(await silent.exited).toBe(0)
    expect(silent.stderr()).toBe('')
  })
})

describe('conflicting flags', () => {
  it.each([
    [
      ['--cors', '--cors-origin', 'http://x.test'],
      '--cors (any origin) and --cors-origin (one origin) conflict',
    ],
    [['--cert', 'a.pem'], '--cert and --key go together'],
    [['--client-ca', 'ca.pem'], '--client-ca needs TLS'],
  ])('refuses %j with exit code 2', async (args, message) => {
    const cli = start(args)
    expect(await cli.exited).toBe(2)
    expect(cli.stderr()).toContain(message)
  })
})

describe('--tls', () => {
  it('serves https with a generated certificate that clients can trust as their CA file', async () => {
    const cli = start(['--port', '0', '--tls'])
    const ready = await waitForReady(cli)
    expect(ready.url).toBe(`https://127.0.0.1:${ready.port}`)
    const ca = readFileSync(ready.certFile ?? '')
    const { status, body } = await httpsGet(
      `${ready.url}/serverless/v1/functions/0@faaspy@hello2/versions?pageIndex=1&pageSize=1`,
      { ca },
    )
    expect(status).toBe(200)
    expect(JSON.parse(body).pageInfo.total).toBe(2)
    // Without the CA a verifying client refuses it; the official CLI's --insecure does not verify.
    await expect(httpsGet(`${ready.url}/healthz`, {})).rejects.toThrow(/self-signed|certificate/)
    expect((await httpsGet(`${ready.url}/healthz`, { rejectUnauthorized: false })).status).toBe(200)
  })

  it('requires a client certificate signed by --client-ca, as mutual TLS does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-tls-test-'))
    try {
      const { createCertificate, LOCAL_NAMES } = await import('../../src/node/self-signed.js')
      const ca = createCertificate({ commonName: 'test client CA' })
      const client = createCertificate({
        commonName: 'a client',
        issuer: { ...ca, commonName: 'test client CA' },
      })
      const stranger = createCertificate({ commonName: 'a stranger' })
      const server = createCertificate({ commonName: 'server', altNames: LOCAL_NAMES })
      for (const [file, text] of Object.entries({
        'ca.pem': ca.cert,
        'server.pem': server.cert,
        'server.key': server.key,
      }))
        writeFileSync(join(dir, file), text)
      const cli = start([
        '--port',
        '0',
        '--cert',
        join(dir, 'server.pem'),
        '--key',
        join(dir, 'server.key'),
        '--client-ca',
        join(dir, 'ca.pem'),
      ])
      const ready = await waitForReady(cli)
      expect(ready.certFile).toBe(join(dir, 'server.pem'))
      const trust = { ca: server.cert }
      await expect(httpsGet(`${ready.url}/healthz`, trust)).rejects.toThrow()
      await expect(
        httpsGet(`${ready.url}/healthz`, { ...trust, cert: stranger.cert, key: stranger.key }),
      ).rejects.toThrow()
      const accepted = await httpsGet(`${ready.url}/healthz`, {
        ...trust,
        cert: client.cert,
        key: client.key,
      })
      expect(accepted.status).toBe(200)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

async function httpsGet(
  url: string,
  options: import('node:https').RequestOptions,
): Promise<{ status: number; body: string }> {
  const { request } = await import('node:https')
  return new Promise((resolve, reject) => {
    const req = request(url, { ...options, agent: false }, (response) => {
      let body = ''
      response.on('data', (chunk) => {
        body += chunk
      })
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      response.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}
