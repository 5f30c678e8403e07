import { describe, expect, it } from 'vitest'
import { emptyFake, send } from './24-support.js'

// A key repeated in a request body: Go decodes the second value into what the first left in the
// field. Each expectation is what the real meta_service (v0.10.0) answered to the same create on
// 2026-12-07; the fake kept only the last value until then.

const base = '"runtime":"python3.9","memory":500,"cpu":500,"timeout":60'

async function created(name: string, fields: string): Promise<string> {
  const answer = await send(
    emptyFake(),
    'POST',
    '/serverless/v1/functions',
    `{"name":"${name}",${base},${fields}}`,
  )
  expect(answer.status).toBe(200)
  return answer.text
}

describe('a key repeated in a request body', () => {
  it('merges a second map into the first, also under a differently cased key', async () => {
    expect(await created('0@base@r1', '"environment":{"a":"1"},"environment":{"b":"2"}')).toContain(
      '"environment":{"a":"1","b":"2"}',
    )
    expect(await created('0@base@r2', '"environment":{"a":"1"},"Environment":{"b":"2"}')).toContain(
      '"environment":{"a":"1","b":"2"}',
    )
    expect(await created('0@base@r3', '"environment":{"a":"1"},"environment":{}')).toContain(
      '"environment":{"a":"1"}',
    )
  })

  it('empties a map or slice on null, and leaves a struct as it was', async () => {
    expect(await created('0@base@r4', '"environment":{"a":"1"},"environment":null')).toContain(
      '"environment":{}',
    )
    const rootfs =
      '"rootfs":{"type":"local","path":"/p","mounts":[{"source":"a","target":"b"}],"mounts":null}'
    expect(await created('0@base@r5', rootfs)).toContain('"mounts":null')
    const kept = await created('0@base@r6', '"rootfs":{"type":"local","path":"/p"},"rootfs":null')
    expect(kept).toContain('"type":"local"')
    expect(kept).toContain('"path":"/p"')
  })

  it('merges a second struct into the first', async () => {
    const rootfs = await created(
      '0@base@r7',
      '"rootfs":{"type":"local","path":"/p"},"rootfs":{"readonly":true}',
    )
    expect(rootfs).toContain('"runtime":"runsc","type":"local"')
    expect(rootfs).toContain('"path":"/p","readonly":true')
    expect(await created('0@base@r8', '"device":{"model":"m"},"device":{"count":2}')).toContain(
      '"device":{"model":"m","count":2}',
    )
  })

  it("decodes a second array's elements into the first one's, and keeps only its length", async () => {
    const mounts = '"mounts":[{"source":"a","target":"b"}],"mounts":[{"readonly":true}]'
    expect(await created('0@base@r9', `"rootfs":{"type":"local","path":"/p",${mounts}}`)).toContain(
      '"mounts":[{"source":"a","target":"b","readonly":true}]',
    )
    const ports = '"ports":["1","2"],"ports":["3"]'
    expect(await created('0@base@r10', `"rootfs":{"type":"local","path":"/p",${ports}}`)).toContain(
      '"ports":["3"]',
    )
    const emptied = '"mounts":[{"source":"a","target":"b"}],"mounts":[]'
    expect(await created('0@base@r11', `"rootfs":{"type":"local","path":"/p",${emptied}}`)).toContain(
      '"mounts":[]',
    )
  })
})
