import { describe, expect, it } from 'vitest'
import type { Exchange } from '../../src/engine/record-exchange.js'
import { recordedRequestBytes, toRecordedRequest } from '../../src/record/recorded-request.js'

function exchangeOf(request: Request, face: Exchange['face']): Exchange {
  return { request, face, session: {} as Exchange['session'], rule: null, id: 1 }
}

describe('toRecordedRequest', () => {
  it('keeps the method, both paths, the query, the whole body and the headers a fixture needs', () => {
    const request = new Request('http://fake.test/a%20b/c?x=1&y=%C3%A9', {
      method: 'patch',
      headers: { 'X-Tenant-ID': 't', Host: 'fake.test', 'X-Auth': 'secret', 'x-mock-session': 's' },
    })
    const body = 'é'.repeat(70_000)
    expect(toRecordedRequest(exchangeOf(request, { body }), ['x-auth'])).toEqual({
      method: 'PATCH',
      path: '/a b/c',
      rawPath: '/a%20b/c?x=1&y=%C3%A9',
      query: { x: '1', y: 'é' },
      headers: { 'x-tenant-id': 't', 'x-auth': 'REDACTED' },
      body,
    })
    expect(toRecordedRequest(exchangeOf(new Request('http://fake.test'), {}), []).body).toBe('')
  })

  it("reads the Node face's raw headers: repeats joined, HTTP/2 pseudo-headers left out", () => {
    const raw = [':path', '/x', 'Accept', 'a', 'accept', 'b', 'Content-Length', '3', 'X-Product-ID', 'p']
    const request = new Request('http://fake.test/x', { headers: { ignored: 'since raw headers are given' } })
    const recorded = toRecordedRequest(exchangeOf(request, { rawHeaders: raw }), [])
    expect(recorded.headers).toEqual({ accept: 'a, b', 'x-product-id': 'p' })
  })
})

describe('recordedRequestBytes', () => {
  it('counts the method, raw path, body and headers in UTF-8', () => {
    const request = {
      method: 'POST',
      path: '/é',
      rawPath: '/%C3%A9',
      query: {},
      headers: { ab: 'c€' },
      body: 'é',
    }
    expect(recordedRequestBytes(request)).toBe(4 + 7 + 2 + 2 + 4)
  })
})
