import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { whenReady } from '../../src/support/maybe-promise.js'

// An answer that needs no waiting comes back at once (the Node face then writes it without a promise).

const VERSIONS = 'http://fake.test/serverless/v1/functions/0@faaspy@hello2/versions?pageIndex=1&pageSize=10'

describe('answers without waiting', () => {
  it('passes a value on at once, and a promise on when it settles', async () => {
    expect(whenReady(2, (n) => n + 1)).toBe(3)
    const later = whenReady(Promise.resolve(2), (n) => n + 1)
    expect(later).toBeInstanceOf(Promise)
    expect(await later).toBe(3)
  })

  it('answers /healthz and a GET kept from before at once; a write and a first GET later', async () => {
    const service = createMetaService({ functions: 1 })
    await service.ready
    const now = (url: string, init?: RequestInit) => service.handle(new Request(url, init), {})
    expect(now('http://fake.test/healthz')).not.toBeInstanceOf(Promise)
    const first = now(VERSIONS)
    await first
    await now(VERSIONS) // kept from the second time on
    const kept = now(VERSIONS)
    expect(kept).not.toBeInstanceOf(Promise)
    expect(kept).toMatchObject({ kind: 'answer' })
    const write = now('http://fake.test/serverless/v1/functions', { method: 'POST', body: '{}' })
    expect(write).toBeInstanceOf(Promise)
    await write
  })
})
