import { describe, expect, it } from 'vitest'
import { createBody, emptyFake, send } from './24-support.js'

// Issue 24: what Go's decoder stores and its encoder writes back (answers recorded from the real server).

describe('decoded values as Go keeps them', () => {
  it('writes device fields in the struct order, whatever the request order', async () => {
    const fake = emptyFake()
    const device = { stream: 3, count: 2, type: 'npu', hbm: 32, model: 'm' }
    const created = await send(fake, 'POST', '/serverless/v1/functions', createBody('d1', { device }))
    expect(created.text).toContain('"device":{"model":"m","hbm":32,"type":"npu","count":2,"stream":3}')
  })

  it('keeps a null map value as the zero value', async () => {
    const fake = emptyFake()
    const body = createBody('n1', { environment: { a: null, b: 'x' }, customResources: { a: null } })
    await send(fake, 'POST', '/serverless/v1/functions', body)
    const got = await send(fake, 'GET', '/serverless/v1/functions/n1')
    expect(got.text).toContain('"environment":{"a":"","b":"x"}')
    expect(got.text).toContain('"customResources":{"a":0}')
  })

  it('keeps a null slice element as the zero value instead of failing', async () => {
    const fake = emptyFake()
    const created = await send(
      fake,
      'POST',
      '/serverless/v1/functions',
      createBody('n2', { rootfs: { ports: [null] } }),
    )
    expect(created.status).toBe(200)
    expect(created.text).toContain('"ports":[""]')
    const layered = await send(
      fake,
      'POST',
      '/serverless/v1/functions?isAdmin=1',
      createBody('n3', { layers: [null] }),
    )
    expect([layered.status, layered.text]).toEqual([500, '{"code":122001,"message":"KV not exist in etcd"}'])
  })
})
