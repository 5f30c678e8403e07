import { describe, expect, it } from 'vitest'
import { toBadRequest500, toSnError400, toSnError500 } from '../../src/wire/gin-responses.js'

// Error texts are kept by code and message once encoded (gin-responses.ts): a text asked for again
// must be the one Go writes, for its own code, whatever was asked for before.

describe('error answers written again', () => {
  it('writes the same bytes the second time, Go-escaped, with each writer its own status and type', async () => {
    const error = { code: 4115, message: 'function [0@soak@a<b>&c] is not found. check input parameters' }
    const text =
      '{"code":4115,"message":"function [0@soak@a\\u003cb\\u003e\\u0026c] is not found. check input parameters"}'
    for (let round = 0; round < 2; round++) {
      const notFound = toSnError500(error)
      expect(notFound.status).toBe(404)
      expect(notFound.headers.get('content-type')).toBe('application/json; charset=utf-8')
      expect(await notFound.text()).toBe(text)
      const bad = toBadRequest500(error)
      expect(bad.status).toBe(500)
      expect(bad.headers.get('content-type')).toBe('')
      expect(await bad.text()).toBe(text)
    }
  })

  it('keeps texts apart by code: the same message under another code is written with that code', async () => {
    const message = 'the same words'
    expect(await toSnError400({ code: 4104, message }).text()).toBe(
      '{"code":4104,"message":"the same words"}',
    )
    expect(await toSnError400({ code: 4105, message }).text()).toBe(
      '{"code":4105,"message":"the same words"}',
    )
    expect(await toSnError400({ code: 4104, message: `${message}!` }).text()).toBe(
      '{"code":4104,"message":"the same words!"}',
    )
  })
})
