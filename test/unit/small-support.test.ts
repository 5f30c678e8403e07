import { describe, expect, it } from 'vitest'
import {
  DEFAULT_DATA_BUDGET,
  DOC_EXAMPLE_RECORDS,
  maxGeneratedFunctions,
  RECORDS_PER_GENERATED,
} from '../../src/seed/data-budget.js'
import { Interner } from '../../src/support/interner.js'
import { cutUtf8, decodeUtf8, encodeWithin, utf8Length } from '../../src/support/utf8-text.js'

// Issue 23 (session 9): the edges of src/support and the data budget that the mutation run found
// untested: a table that is not full, a size of exactly the limit, UTF-8 sizes at each boundary of
// the encoding, short text, and the docs' example taken off a budget's records.

describe('Interner, not yet full', () => {
  it('keeps every key until it holds `limit` values', () => {
    const interner = new Interner<string[]>(4)
    const a = ['a']
    interner.intern('a', a)
    interner.intern('b', ['b'])
    interner.intern('c', ['c'])
    expect(interner.intern('a', ['a again'])).toBe(a)
  })

  it('keeps values that fill its size exactly, and starts over past it', () => {
    const interner = new Interner<string[]>(10, 4)
    const ab = ['ab']
    interner.intern('ab', ab)
    interner.intern('cd', ['cd'])
    expect(interner.intern('ab', ['ab again'])).toBe(ab)
    interner.intern('e', ['e'])
    const fresh = ['ab, after starting over']
    expect(interner.intern('ab', fresh)).toBe(fresh)
  })
})

describe('utf8Length', () => {
  const edges = [
    '\x7f',
    '\x80',
    '\u07ff',
    '\u0800',
    '\ud7ff',
    '\ud800',
    '\ud800x',
    'x\ud800',
    '\udbff\udfff',
    '\ud800\udc00',
    '\udc00',
    '\udfff\ud800',
    '\ud800\udbff',
    '\ud800\ue000',
    '\ud800\u0800',
    '\u0800\udc00',
    '\udc00\udc00',
    '\ue000\udc00',
    '\ue000',
    '\uffff',
    'a\ud83d\ude00b\ud83d',
  ]
  it.each(edges)('counts %j as Buffer.byteLength does', (text) => {
    expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'))
  })
})

describe('cutUtf8', () => {
  it('keeps a text that surely fits whole, by its length alone', () => {
    expect(cutUtf8('abc', 9)).toEqual({ text: 'abc', bytes: 3, cut: false })
    expect(cutUtf8('ééé', 9)).toEqual({ text: 'ééé', bytes: 6, cut: false })
  })
})

describe('decodeUtf8', () => {
  it('reads back what encodeWithin kept', () => {
    expect(decodeUtf8(encodeWithin('héllo, 世界', 64).data)).toBe('héllo, 世界')
    expect(decodeUtf8(encodeWithin('héllo', 2).data)).toBe('h')
  })
})

describe('maxGeneratedFunctions', () => {
  it('takes the docs’ example off the records before counting generated functions', () => {
    const budget = { ...DEFAULT_DATA_BUDGET, records: DOC_EXAMPLE_RECORDS + RECORDS_PER_GENERATED - 1 }
    expect(maxGeneratedFunctions(budget)).toBe(0)
    expect(maxGeneratedFunctions({ ...budget, records: DOC_EXAMPLE_RECORDS + RECORDS_PER_GENERATED })).toBe(1)
    expect(maxGeneratedFunctions(DEFAULT_DATA_BUDGET)).toBe(2222)
  })
})
