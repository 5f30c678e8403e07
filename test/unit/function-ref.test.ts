import { describe, expect, it } from 'vitest'
import { bindJson } from '../../src/domain/bind-json.js'
import { MetaError, metaErrors, ServerPanic } from '../../src/domain/meta-error.js'
import { toSliceBounds } from '../../src/domain/paging.js'
import { parseFunctionRef } from '../../src/domain/parse-function-ref.js'
import { goString, goStruct } from '../../src/go/go-type.js'
import { toScope } from '../../src/model/scope.js'

// ParseFunctionInfo, bindJson and Go's slice bounds, each branch on its own.

const scope = toScope('t1')
const inProduct = toScope('t1', 'p1')
const error = (run: () => unknown) => {
  try {
    run()
  } catch (thrown) {
    return thrown instanceof MetaError ? { code: thrown.code, message: thrown.message } : thrown
  }
  return undefined
}

describe('parseFunctionRef', () => {
  it('takes a plain name with no qualifier, an alias or a version', () => {
    expect(parseFunctionRef('hello', '', scope)).toEqual({ name: 'hello', version: '', alias: '' })
    expect(parseFunctionRef('hello', 'blue', scope)).toEqual({ name: 'hello', version: '', alias: 'blue' })
    expect(parseFunctionRef('hello', '3', scope)).toEqual({ name: 'hello', version: '3', alias: '' })
    expect(parseFunctionRef('hello', 'latest', scope)).toEqual({
      name: 'hello',
      version: 'latest',
      alias: '',
    })
    expect(error(() => parseFunctionRef('hello', '-x-', scope))).toEqual({
      code: 121047,
      message: 'invalid qualifier: -x-',
    })
  })

  it('refuses an empty id', () => {
    expect(error(() => parseFunctionRef('', '1', scope))).toEqual({
      code: 121046,
      message: 'empty functionid',
    })
  })

  it('takes a URN of the caller tenant, with or without a version', () => {
    expect(parseFunctionRef('sn:cn:yrk:t1:function:hello', '', scope)).toEqual({
      name: 'hello',
      version: '',
      alias: '',
    })
    expect(parseFunctionRef('sn:cn:yrk:t1:function:hello:2', '', scope)).toEqual({
      name: 'hello',
      version: '2',
      alias: '',
    })
    expect(parseFunctionRef('sn:cn:yrk:t1:function:hello:blue', '', scope)).toEqual({
      name: 'hello',
      version: '',
      alias: 'blue',
    })
    expect(parseFunctionRef('sn:cn:yrk:t1:function:hello', '4', scope)).toEqual({
      name: 'hello',
      version: '4',
      alias: '',
    })
    expect(parseFunctionRef('sn:cn:yrk:t1:function:hello:4', '4', scope)).toEqual({
      name: 'hello',
      version: '4',
      alias: '',
    })
    expect(parseFunctionRef('sn:cn:yrk:t1@p1:function:hello', '', inProduct).name).toBe('hello')
  })

  it('refuses text that is neither a name nor a URN with 4104', () => {
    expect(error(() => parseFunctionRef('a:b', '', scope))).toEqual({
      code: 4104,
      message: 'invalid URN: a:b. check input parameters',
    })
  })

  it('refuses a URN of another business, tenant or product', () => {
    for (const urn of [
      'sn:cn:xx:t1:function:hello',
      'sn:cn:yrk:t2:function:hello',
      'sn:cn:yrk:t1@p2:function:hello',
    ]) {
      expect(error(() => parseFunctionRef(urn, '', inProduct))).toEqual({
        code: 121046,
        message: `invalid URN: ${urn}`,
      })
    }
    expect(error(() => parseFunctionRef('sn:cn:yrk:t1:function:hello', '', inProduct))).toMatchObject({
      code: 121046,
    })
  })

  it('refuses a URN whose name is bad, or whose version the qualifier contradicts', () => {
    expect(error(() => parseFunctionRef('sn:cn:yrk:t1:function:-bad-', '', scope))).toEqual({
      code: 121058,
      message: 'invalid function name: -bad-',
    })
    expect(error(() => parseFunctionRef('sn:cn:yrk:t1:function:hello:2', '3', scope))).toEqual({
      code: 121046,
      message: 'invalid URN: sn:cn:yrk:t1:function:hello:2',
    })
  })

  it('names a bad URN version, or the bad qualifier when one was given', () => {
    expect(error(() => parseFunctionRef('sn:cn:yrk:t1:function:hello:-v-', '', scope))).toEqual({
      code: 121046,
      message: 'invalid version: -v-',
    })
    expect(error(() => parseFunctionRef('sn:cn:yrk:t1:function:hello', '-q-', scope))).toEqual({
      code: 121047,
      message: 'invalid qualifier: -q-',
    })
  })
})

describe('bindJson', () => {
  const type = goStruct('main.Body', { name: goString })

  it("answers Go's decoding errors with 130600 and passes anything else on", () => {
    expect(bindJson('{"name":"a"}', type)).toEqual({ name: 'a' })
    expect(error(() => bindJson('{', type))).toMatchObject({ code: 130600 })
    expect(error(() => bindJson('[]', type))).toEqual({
      code: 130600,
      message: 'json: cannot unmarshal array into Go value of type main.Body',
    })
    const notAType = {
      get kind(): string {
        throw new TypeError('not a Go type')
      },
    } as never
    expect(() => bindJson('{}', notAType)).toThrow(TypeError)
  })
})

describe('errors as answers', () => {
  it('carries its code and name, and keeps the stack trace limit as it was', () => {
    const before = Error.stackTraceLimit
    const failure = metaErrors.versionOutOfLimit(8)
    expect(failure).toMatchObject({ name: 'MetaError', code: 4110 })
    expect(failure.message).toBe('the number of existing function versions is greater than the set value: 8')
    // 4105 is in the server's table but no served route answers it (the binary stores no aliases).
    expect(metaErrors.versionOccupiedByAlias()).toMatchObject({
      code: 4105,
      message: 'this version is occupied by an alias. remove the mapping first',
    })
    const panic = new ServerPanic('boom')
    expect(panic).toMatchObject({ name: 'ServerPanic', message: 'boom' })
    expect(Error.stackTraceLimit).toBe(before)
  })
})

describe('Go slice bounds', () => {
  it('gives an empty slice at the very end, and for a zero limit', () => {
    expect(toSliceBounds(6, { offset: 6n, limit: 1n })).toEqual([6, 6])
    expect(toSliceBounds(6, { offset: 2n, limit: 0n })).toEqual([2, 2])
    expect(toSliceBounds(6, { offset: 0n, limit: 6n })).toEqual([0, 6])
  })

  it('panics with the bounds Go prints', () => {
    expect(() => toSliceBounds(6, { offset: 6n, limit: -1n })).toThrow('slice bounds out of range [6:5]')
    expect(() => toSliceBounds(6, { offset: -1n, limit: 9n })).toThrow('slice bounds out of range [-1:]')
    expect(() => toSliceBounds(6, { offset: -1n, limit: 7n })).toThrow('slice bounds out of range [-1:6]')
    expect(() => toSliceBounds(6, { offset: -2n, limit: 1n })).toThrow('slice bounds out of range [-2:-1]')
  })
})
