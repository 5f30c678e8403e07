import { describe, expect, it } from 'vitest'
import { createBody, emptyFake, send } from './24-support.js'

// Issue 24: publishing a faas function's metadata checks the pre-stop timeout (0..180); create,
// update and publish all publish it. Answers recorded from the real server.

const PRE_STOP_ERROR =
  '{"code":4104,"message":"preStop timeOut must between 0 and 180. check input parameters"}'
const faas = (name: string, extra: Record<string, unknown>) => createBody(name, { kind: 'faas', ...extra })

describe('the faas pre-stop timeout', () => {
  it('refuses a create whose pre_stop handler has a timeout out of range', async () => {
    const fake = emptyFake()
    const body = faas('0@ext@e7', { extendedHandler: { pre_stop: 'p' }, extendedTimeout: { pre_stop: 181 } })
    const answer = await send(fake, 'POST', '/serverless/v1/functions', body)
    expect([answer.status, answer.contentType, answer.text]).toEqual([500, '', PRE_STOP_ERROR])
  })

  it('checks only a pre_stop handler, only for faas, and the update keeps the stored maps', async () => {
    const fake = emptyFake()
    const ok = faas('0@ext@e9', { extendedHandler: { other: 'x' }, extendedTimeout: { pre_stop: 999 } })
    expect((await send(fake, 'POST', '/serverless/v1/functions', ok)).status).toBe(200)
    const plain = createBody('p1', { extendedHandler: { pre_stop: 'p' }, extendedTimeout: { pre_stop: -1 } })
    expect((await send(fake, 'POST', '/serverless/v1/functions', plain)).status).toBe(200)
    const got = await send(fake, 'GET', '/serverless/v1/functions/0@ext@e9?kind=faas')
    const revisionId = (got.json?.function as Record<string, unknown> | undefined)?.revisionId
    const update = {
      revisionId,
      kind: 'faas',
      cpu: 500,
      memory: 256,
      timeout: 30,
      extendedHandler: { pre_stop: 'p' },
    }
    const updated = await send(fake, 'PUT', '/serverless/v1/functions/0@ext@e9', update)
    expect([updated.status, updated.text]).toEqual([500, PRE_STOP_ERROR])
  })
})
