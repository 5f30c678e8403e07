import { describe, expect, it } from 'vitest'
import { createBody, emptyFake, send } from './24-support.js'

// Issue 24: Go's encoding/json writes a map's keys in byte order, whatever order the request had
// (digits before capitals before lowercase; "10" before "9"). Answers recorded from the real server.

describe('maps in answers are written in Go key order', () => {
  it('sorts environment, tag and customResources in create, get and list answers', async () => {
    const fake = emptyFake()
    const body = createBody('f1', {
      environment: { 9: 'y', 10: 'x', Z: 'z', a: 'a', B: 'b' },
      tags: { b: '2', a: '1', c: '3' },
      customResources: { b: 1.5, a: 2, c: 0 },
    })
    const created = await send(fake, 'POST', '/serverless/v1/functions', body)
    expect(created.text).toContain('"environment":{"10":"x","9":"y","B":"b","Z":"z","a":"a"}')
    expect(created.text).toContain('"tag":{"a":"1","b":"2","c":"3"}')
    const got = await send(fake, 'GET', '/serverless/v1/functions/f1')
    expect(got.text).toContain('"environment":{"10":"x","9":"y","B":"b","Z":"z","a":"a"}')
    expect(got.text).toContain('"customResources":{"a":2,"b":1.5,"c":0}')
    const listed = await send(fake, 'GET', '/serverless/v1/functions')
    expect(listed.text).toContain('"tag":{"a":"1","b":"2","c":"3"}')
  })

  it('sorts pool maps by bytes, integer-like keys included', async () => {
    const fake = emptyFake()
    const pool = { id: 'p24', labels: { 9: 'y', 10: 'x', b: '1', a: '2' } }
    await send(fake, 'POST', '/serverless/v1/podpools', { pools: [pool] })
    const listed = await send(fake, 'GET', '/serverless/v1/podpools?id=p24')
    expect(listed.text).toContain('"labels":{"10":"x","9":"y","a":"2","b":"1"}')
  })
})
