import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { toHostName } from '../../src/fake/front-door.js'
import { ADMIN_TOKEN_ENV, type RunningServer, startServer } from '../../src/node/start-server.js'
import { spawnCli, waitForOutput, waitForUrl } from '../support/cli-process.js'

/** GET `path` on the server with this Host header (fetch does not let a caller set Host). */
function getWithHost(
  server: RunningServer,
  path: string,
  host: string,
): Promise<{ status: number; contentType: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host } }, (res) => {
      let body = ''
      res.on('data', (chunk) => {
        body += chunk
      })
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], body }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}

describe('DNS rebinding: on loopback without a token, only loopback Host names are answered', () => {
  let server: RunningServer | undefined
  afterEach(async () => {
    await server?.close({ graceMs: 0 })
    server = undefined
  })

  it('refuses a page whose name resolves to 127.0.0.1, on /__admin and on the routes', async () => {
    server = await startServer({ port: 0, functions: 0 })
    const admin = await getWithHost(server, '/__admin/health', `evil.example:${server.port}`)
    expect(admin.status).toBe(403)
    expect(admin.contentType).toBe('application/json; charset=utf-8')
    expect(JSON.parse(admin.body)).toEqual({
      code: 403,
      message:
        `yr-meta-mock: Host "evil.example:${server.port}" is not allowed: on loopback without an admin ` +
        'token the fake answers only loopback names and its own host (a guard against DNS rebinding); ' +
        'set an admin token or allowedHosts to accept others',
    })
    expect((await getWithHost(server, '/serverless/v1/functions', 'evil.example')).status).toBe(403)
  })

  it.each(['127.0.0.1', 'localhost', 'LOCALHOST.', '[::1]'])(
    'answers Host %s (with a port)',
    async (name) => {
      server = await startServer({ port: 0, functions: 0 })
      expect((await getWithHost(server, '/__admin/health', `${name}:${server.port}`)).status).toBe(200)
    },
  )

  it('answers the names given in allowedHosts', async () => {
    server = await startServer({ port: 0, functions: 0, allowedHosts: ['meta.dev.test'] })
    expect((await getWithHost(server, '/__admin/health', 'meta.dev.test:80')).status).toBe(200)
    expect((await getWithHost(server, '/__admin/health', 'other.dev.test')).status).toBe(403)
  })

  it('leaves Host alone when a token guards /__admin', async () => {
    server = await startServer({ port: 0, functions: 0, adminToken: 'secret' })
    expect((await getWithHost(server, '/healthz', 'any.name.test')).status).toBe(200)
  })

  it('leaves Host alone beyond loopback, where the token is required', async () => {
    server = await startServer({ port: 0, functions: 0, host: '0.0.0.0' })
    expect((await getWithHost(server, '/healthz', 'meta.lan')).status).toBe(200)
    expect((await getWithHost(server, '/__admin/health', 'meta.lan')).status).toBe(401)
  })
})

describe('toHostName', () => {
  it.each([
    ['Example.COM.:80', 'example.com'],
    ['[::1]:31182', '[::1]'],
    ['::1', '[::1]'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s → %s', (host, name) => {
    expect(toHostName(host)).toBe(name)
  })
})

describe('the admin token from the environment', () => {
  afterEach(() => {
    delete process.env[ADMIN_TOKEN_ENV]
  })

  it('guards /__admin with it, and reports it as given, not generated', async () => {
    process.env[ADMIN_TOKEN_ENV] = 'from-env'
    const server = await startServer({ port: 0, functions: 0 })
    try {
      expect(server.adminToken).toBe('from-env')
      expect(server.adminTokenGenerated).toBe(false)
      expect((await fetch(`${server.url}/__admin/health`)).status).toBe(401)
      const authorized = await fetch(`${server.url}/__admin/health`, {
        headers: { 'x-admin-token': 'from-env' },
      })
      expect(authorized.status).toBe(200)
    } finally {
      await server.close({ graceMs: 0 })
    }
  })

  it('is never echoed by the CLI; a generated one is printed once', async () => {
    const given = spawnCli(['--port', '0', '--functions', '0', '--host', '0.0.0.0'], {
      env: { ...process.env, [ADMIN_TOKEN_ENV]: 'secret-from-env' },
    })
    const generated = spawnCli(['--port', '0', '--functions', '0', '--host', '0.0.0.0'])
    try {
      await waitForUrl(given)
      await waitForUrl(generated)
      const givenOut = await waitForOutput(given, 'routes:')
      const generatedOut = await waitForOutput(generated, 'routes:')
      expect(givenOut + given.stderr()).not.toContain('secret-from-env')
      expect(givenOut).toContain('/__admin: needs the admin token you gave')
      expect(generatedOut.match(/Bearer [0-9a-f-]{36}/g)).toHaveLength(1)
    } finally {
      given.child.kill('SIGTERM')
      generated.child.kill('SIGTERM')
      await Promise.all([given.exited, generated.exited])
    }
  })
})
