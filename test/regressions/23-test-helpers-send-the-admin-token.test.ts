import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  metaMockGlobalSetup as useJestGlobalSetup,
  metaMockGlobalTeardown as useJestGlobalTeardown,
  useTestClient as useJestTestClient,
} from '../../src/jest/server-setup.js'
import { ADMIN_TOKEN_ENV, type RunningServer, startServer } from '../../src/node/start-server.js'
import { createAdminClient } from '../../src/verify/admin-client.js'
import { metaMockMatchers } from '../../src/verify/to-have-received.js'
import { useTestClient } from '../../src/vitest/index.js'

// Issue 23, finding 15: with YR_META_MOCK_ADMIN_TOKEN set, the server asks for the token on /__admin,
// but createAdminClient and useTestClient never sent it: every journal check got a 401. The helpers
// now take the token from the environment as the server does, or from an option.

expect.extend(metaMockMatchers)

const FUNCTIONS = '/serverless/v1/functions'
const saved = { token: process.env[ADMIN_TOKEN_ENV], url: process.env.YR_META_MOCK_URL }
const running: RunningServer[] = []

beforeEach(() => {
  delete process.env[ADMIN_TOKEN_ENV]
})
afterEach(async () => {
  for (const server of running.splice(0)) await server.close()
  for (const [name, value] of [
    [ADMIN_TOKEN_ENV, saved.token],
    ['YR_META_MOCK_URL', saved.url],
  ] as const)
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
})

async function start(options: Parameters<typeof startServer>[0] = {}): Promise<RunningServer> {
  const server = await startServer({ port: 0, functions: 1, ...options })
  running.push(server)
  return server
}

describe('the test helpers send the admin token the server asks for', () => {
  it('createAdminClient takes it from YR_META_MOCK_ADMIN_TOKEN, as the server does', async () => {
    process.env[ADMIN_TOKEN_ENV] = 'token-from-env'
    const server = await start()
    expect((await fetch(`${server.url}/__admin/health`)).status).toBe(401)
    const client = createAdminClient(server.url, { session: 'env' })
    await client.fetch(FUNCTIONS)
    expect(await client.count({ method: 'GET' })).toBe(1)
    await expect(client).toHaveReceived({ path: FUNCTIONS }, { times: 1 })
    await client.clearRequests()
    await client.reset()
    expect((await client.fetch('/__admin/health')).status).toBe(200)
  })

  it('createAdminClient takes an explicit adminToken over the environment', async () => {
    process.env[ADMIN_TOKEN_ENV] = 'not-this-one'
    const server = await start({ adminToken: 'given-in-code' })
    const client = createAdminClient(server.url, { adminToken: 'given-in-code' })
    expect(await client.count()).toBe(0)
  })

  it('never sends the token to the real server routes, where the journal would keep it', async () => {
    process.env[ADMIN_TOKEN_ENV] = 'secret-token'
    const server = await start()
    const client = createAdminClient(server.url)
    await client.fetch(FUNCTIONS)
    const { requests } = await client.find({ path: FUNCTIONS })
    expect(JSON.stringify(requests)).not.toContain('secret-token')
  })

  it("Vitest's useTestClient sends the token from the environment", async () => {
    process.env[ADMIN_TOKEN_ENV] = 'vitest-token'
    const server = await start()
    const client = useTestClient(server.url)
    expect(client.session).toContain('23-test-helpers-send-the-admin-token')
    await client.fetch(FUNCTIONS)
    expect(await client.count()).toBe(1)
  })

  it("Vitest's useTestClient takes an explicit token", async () => {
    const server = await start({ adminToken: 'option-token' })
    expect(await useTestClient(server.url, { adminToken: 'option-token' }).count()).toBe(0)
  })

  it("Jest's global setup passes a token given as an option to useTestClient", async () => {
    await useJestGlobalSetup({ port: 0, functions: 1, adminToken: 'jest-token' })()
    try {
      const client = useJestTestClient()
      await client.fetch(FUNCTIONS)
      expect(await client.count({ method: 'GET' })).toBe(1)
    } finally {
      await useJestGlobalTeardown()
    }
  })
})
