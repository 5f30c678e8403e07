import { describe, expect, it } from 'vitest'
import { emptyFake, send } from './24-support.js'

// Issue 24: the frontend's forwarder (`/admin/v1`) sends meta_service the decoded path, which
// http.NewRequest parses again, and its http.Client follows meta_service's redirects. Answers
// recorded from frontend-admin in front of the real server.

describe('the /admin/v1 forwarder', () => {
  it("follows meta_service's trailing-slash redirect (a%252F decodes twice into a/)", async () => {
    const fake = emptyFake()
    const got = await send(fake, 'GET', '/admin/v1/functions/a%252F')
    expect([got.status, got.text]).toEqual([
      404,
      '{"code":4115,"message":"function [a] is not found. check input parameters"}',
    ])
    const put = await send(fake, 'PUT', '/admin/v1/functions/a%252F', {
      revisionId: 'x',
      cpu: 600,
      memory: 512,
      timeout: 60,
    })
    expect([put.status, put.text]).toEqual([
      500,
      '{"code":4115,"message":"function [a] is not found. check input parameters"}',
    ])
  })

  it('forwards a byte that is no UTF-8 as itself', async () => {
    const got = await send(emptyFake(), 'GET', '/admin/v1/functions/%FF')
    expect(got.text).toBe('{"code":4104,"message":"invalid URN: \\ufffd. check input parameters"}')
  })
})
