import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { withoutMaps } from '../../src/model/check-version-record.js'
import { toSureAccept } from '../../src/model/sure-accept.js'
import type { VersionRecord } from '../../src/model/version-record.js'
import { z } from '../../src/support/zod.js'

// Issue 25, decision 0048: the store's record check answers without zod's parse when a check derived
// from the schema is sure. It may doubt what zod takes (zod then decides), never take what zod refuses.

const service = createMetaService({ functions: 1 })
await service.ready
const sample = service.engine.defaultState.store.allRecords()[0] as VersionRecord
const schema = withoutMaps()
const sure = toSureAccept(schema)

/** Values of every kind the record's fields hold, and of kinds they must not. */
const ODD_VALUES: unknown[] = [
  '',
  'a',
  0,
  -0,
  1.5,
  2 ** 53,
  2 ** 53 - 1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  null,
  undefined,
  [],
  ['a'],
  [1],
  {},
  { extra: 'x' },
  Object.create({ inherited: 'x' }),
  new Date(0),
]

const FIELDS = Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape)

describe('toSureAccept on the stored record', () => {
  it('is sure of a stored record, so the store skips zod for it', () => {
    expect(sure(sample)).toBe(true)
    expect(schema.safeParse(sample).success).toBe(true)
  })

  it.each(FIELDS)('never takes a value of %s that zod refuses', (field) => {
    for (const value of ODD_VALUES) {
      const record = { ...sample, [field]: value }
      if (sure(record)) expect(schema.safeParse(record).success, `${field} = ${String(value)}`).toBe(true)
    }
  })

  it('refuses for each field at least one value zod refuses, so the table tests it', () => {
    for (const field of FIELDS) {
      const refused = ODD_VALUES.filter((value) => !sure({ ...sample, [field]: value }))
      expect(refused.length, field).toBeGreaterThan(0)
    }
  })

  it("refuses a key rootfs's strict object does not name, and takes one the record's stripping object does not", () => {
    const rootfs = { ...(sample.rootfs as object), extra: 'x' }
    expect(sure({ ...sample, rootfs })).toBe(false)
    expect(schema.safeParse({ ...sample, rootfs }).success).toBe(false)
    expect(sure({ ...sample, unknownKey: 1 })).toBe(true)
    expect(schema.safeParse({ ...sample, unknownKey: 1 }).success).toBe(true)
  })

  it('takes nothing zod refuses, over random records of random field values', () => {
    const anyValue = fc.oneof(fc.constantFrom(...ODD_VALUES), fc.anything())
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FIELDS), anyValue, { maxKeys: 3 }), (changes) => {
        const record = { ...sample, ...changes }
        return !sure(record) || schema.safeParse(record).success
      }),
      { numRuns: 2000 },
    )
  })
})

describe('toSureAccept on the kinds of schema it reads', () => {
  it('follows strings, booleans, numbers, safe integers, arrays, objects, nullable and optional', () => {
    const accept = toSureAccept(
      z.object({
        text: z.string(),
        flag: z.boolean(),
        number: z.number(),
        count: z.number().int(),
        list: z.array(z.string()),
        inner: z.strictObject({ a: z.string() }),
        maybe: z.string().nullable(),
        absent: z.string().optional(),
      }),
    )
    const valid = {
      text: '',
      flag: false,
      number: 1.5,
      count: 2,
      list: ['a'],
      inner: { a: 'b' },
      maybe: null,
    }
    expect(accept(valid)).toBe(true)
    expect(accept({ ...valid, absent: 'x', maybe: 'y' })).toBe(true)
    expect(accept({ ...valid, count: 2.5 })).toBe(false)
    expect(accept({ ...valid, number: Number.NaN })).toBe(false)
    expect(accept({ ...valid, list: ['a', 1] })).toBe(false)
    expect(accept({ ...valid, inner: { a: 'b', c: 'd' } })).toBe(false)
    expect(accept({ ...valid, maybe: undefined })).toBe(false)
    expect(accept([])).toBe(false)
  })

  it('is never sure of a schema with checks or types it does not read', () => {
    expect(toSureAccept(z.string().min(2))('abc')).toBe(false)
    expect(toSureAccept(z.number().int().min(0))(1)).toBe(false)
    expect(toSureAccept(z.array(z.string()).min(1))(['a'])).toBe(false)
    expect(toSureAccept(z.literal('a'))('a')).toBe(false)
    expect(toSureAccept(z.object({ a: z.union([z.string(), z.number()]) }))({ a: 'b' })).toBe(false)
    expect(toSureAccept(z.looseObject({ a: z.string() }))({ a: 'b' })).toBe(false)
    expect(toSureAccept(z.object({ a: z.string() }).refine(() => false))({ a: 'b' })).toBe(false)
  })
})
