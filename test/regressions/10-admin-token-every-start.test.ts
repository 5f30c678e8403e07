import { afterEach, describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { startServer } from '../../src/node/index.js'
import { spawnCli, waitForUrl } from '../support/cli-process.js'

// Issue 10: the face that listens owns the security. Whatever way a server is started beyond
// loopback, /__admin needs a token, while the real server's routes stay open as they are on the real one.

/** The same address, reached over loopback (the server listens on every interface). */
function overLoopback(url: string): string {
  return url.replace('0.0.0.0', '127.0.0.1')
}

async function expectGuarded(url: string, token: string): Promise<void> {
  const base = overLoopback(url)
  expect((await fetch(`${base}/__admin/health`)).status).toBe(401)
  expect((await fetch(`${base}/__admin/health`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(
    401,
  )
  const authorized = await fetch(`${base}/__admin/health`, { headers: { authorization: `Bearer ${token}` } })
  expect(authorized.status).toBe(200)
  expect((await fetch(`${base}/healthz`)).status).toBe(200)
}

describe('the admin token beyond loopback', () => {
  const closers: Array<() => Promise<unknown>> = []
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()))
  })

  it('guards /__admin for startServer() on its own service', async () => {
    const server = await startServer({ port: 0, host: '0.0.0.0' })
    closers.push(() => server.close())
    await expectGuarded(server.url, server.adminToken as string)
  })

  it('guards /__admin for startServer({ service }) with a service built without a token', async () => {
    const service = createMetaService({ functions: 2 })
    const server = await startServer({ port: 0, host: '0.0.0.0', service })
    closers.push(() => server.close())
    expect(server.adminToken).toMatch(/^[0-9a-f-]{36}$/)
    await expectGuarded(server.url, server.adminToken as string)
  })

  it("keeps a given service's own token, even on loopback", async () => {
    const service = createMetaService({ functions: 2, adminToken: 'from-the-service' })
    const server = await startServer({ port: 0, service })
    closers.push(() => server.close())
    expect(server.adminToken).toBe('from-the-service')
    await expectGuarded(server.url, 'from-the-service')
  })

  it('guards /__admin for the CLI', async () => {
    const cli = spawnCli([
      '--port',
      '0',
      '--host',
      '0.0.0.0',
      '--admin-token',
      'cli-token',
      '--functions',
      '2',
    ])
    closers.push(async () => {
      cli.child.kill('SIGTERM')
      await cli.exited
    })
    await expectGuarded(await waitForUrl(cli), 'cli-token')
  })
})
