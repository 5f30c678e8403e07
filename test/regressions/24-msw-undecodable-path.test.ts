import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHandlers } from '../../src/msw/index.js'
import { emptyFake } from './24-support.js'

// Issue 24: a path that is no UTF-8 once unescaped (`%FF`) reaches the fake through MSW, which
// answers it as the real server does (recorded). MSW's parameter decoding threw on it before.

const server = setupServer(...createHandlers(emptyFake(), { baseUrl: 'http://meta.golden.test' }))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

describe('MSW face, a path that is no UTF-8', () => {
  it('is answered by the fake', async () => {
    const response = await fetch('http://meta.golden.test/serverless/v1/functions/%FF', {
      headers: { 'X-Tenant-ID': 't24' },
    })
    expect([response.status, await response.text()]).toEqual([
      500,
      '{"code":4104,"message":"invalid URN: \\ufffd. check input parameters"}',
    ])
  })
})
