import { describe, expect, it } from 'vitest'
import { createBody, emptyFake, send } from './24-support.js'

// Issue 24: Go's JSON decoder on what the space sequences send. Answers recorded from the real server.

const body = (extra: string) => `${JSON.stringify(createBody('fn')).slice(0, -1)},${extra}}`

describe("Go's JSON decoder", () => {
  it('counts nesting as Go does: 10,000 containers pass, the next is refused with its character', async () => {
    const fake = emptyFake()
    const deep = await send(
      fake,
      'POST',
      '/serverless/v1/functions',
      body(`"description":${'['.repeat(9999)}${']'.repeat(9999)}`),
    )
    expect(deep.json?.message).toBe(
      'json: cannot unmarshal array into Go struct field FunctionCreateRequest.FunctionBasicInfo.description of type string',
    )
    const deeper = await send(
      fake,
      'POST',
      '/serverless/v1/functions',
      body(`"description":${'['.repeat(10000)}${']'.repeat(10000)}`),
    )
    expect(deeper.json?.message).toBe("invalid character '[' exceeded max depth")
    const bad = await send(
      fake,
      'POST',
      '/serverless/v1/functions',
      body(`"x":${'['.repeat(500)}1,]${']'.repeat(499)}`),
    )
    expect(bad.json?.message).toBe("invalid character ']' looking for beginning of value")
  })

  it('replaces lone surrogate escapes with U+FFFD, keeping pairs', async () => {
    const fake = emptyFake()
    await send(
      fake,
      'POST',
      '/serverless/v1/functions',
      body('"description":"\\udc00\\ud800x\\ud83d\\ude00"'),
    )
    const got = await send(fake, 'GET', '/serverless/v1/functions/fn')
    expect(got.text).toContain('"description":"\ufffd\ufffdx😀"')
  })

  it('names the first byte of a character it cannot start a value with', async () => {
    const fake = emptyFake()
    const bom = await send(
      fake,
      'POST',
      '/serverless/v1/functions',
      `\ufeff${JSON.stringify(createBody('b'))}`,
    )
    expect(bom.json?.message).toBe("invalid character 'ï' looking for beginning of value")
    const accent = await send(fake, 'POST', '/serverless/v1/functions', 'é')
    expect(accent.json?.message).toBe("invalid character 'Ã' looking for beginning of value")
  })
})
