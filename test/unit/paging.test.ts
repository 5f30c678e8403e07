import { describe, expect, it } from 'vitest'
import { ServerPanic } from '../../src/domain/meta-error.js'
import { parsePageParams, toPageWindow, toSliceBounds } from '../../src/domain/paging.js'
import { atoiOrZero } from '../../src/go/go-int.js'

describe('strconv.Atoi with the error ignored', () => {
  it.each([
    ['12', 12n],
    ['+3', 3n],
    ['-7', -7n],
    [' 3', 0n],
    ['1.5', 0n],
    ['', 0n],
    ['abc', 0n],
    ['99999999999999999999', 9223372036854775807n],
    ['-99999999999999999999', -9223372036854775808n],
  ])('parses %j as %s', (text, value) => expect(atoiOrZero(text)).toBe(value))
})

describe('paging windows', () => {
  it('applies the defaults only when a key is absent', () => {
    expect(parsePageParams({})).toEqual({ pageIndex: 1n, pageSize: 1000n })
    expect(parsePageParams({ pageIndex: '', pageSize: '' })).toEqual({ pageIndex: 0n, pageSize: 0n })
  })

  it('treats page 0 as the first 1000 whatever the size', () => {
    expect(toPageWindow({ pageIndex: 0n, pageSize: -3n })).toEqual({ offset: 0n, limit: 1000n })
  })

  it('refuses a zero page size with 4123', () => {
    expect(() => toPageWindow({ pageIndex: 1n, pageSize: 0n })).toThrowError(
      expect.objectContaining({ code: 4123 }),
    )
  })

  it('slices inside, at the tail and past the end', () => {
    expect(toSliceBounds(6, { offset: 2n, limit: 2n })).toEqual([2, 4])
    expect(toSliceBounds(6, { offset: 4n, limit: 5n })).toEqual([4, 6])
    expect(toSliceBounds(6, { offset: 7n, limit: 1n })).toEqual([6, 6])
  })

  it('panics where Go slice bounds would', () => {
    expect(() => toSliceBounds(6, { offset: -1n, limit: 1n })).toThrow(ServerPanic)
    expect(() => toSliceBounds(6, { offset: 0n, limit: -1n })).toThrow(ServerPanic)
  })
})
