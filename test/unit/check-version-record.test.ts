import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { checkVersionRecord } from '../../src/model/check-version-record.js'
import { type VersionRecord, versionRecordSchemas } from '../../src/model/version-record.js'

const { versionRecordSchema } = versionRecordSchemas()

// Issue 25: the store checks a record's maps with a loop instead of zod's copying `z.record`; it must
// refuse exactly what the schema refuses, with zod's own error.

const service = createMetaService({ functions: 1 })
await service.ready
const sample = service.engine.defaultState.store.allRecords()[0] as VersionRecord

/** Each map field with values and nils the schema refuses, and some it takes. */
const VARIANTS: Array<[string, unknown]> = [
  ['environment', { A: 1 }],
  ['environment', { A: null }],
  ['environment', null],
  ['environment', undefined],
  ['environment', ['a']],
  ['environment', 'a=b'],
  ['environment', { A: 'b', B: '' }],
  ['environment', Object.assign(Object.create(null), { A: 'b' })],
  ['customResources', { gpu: '1' }],
  ['customResources', { gpu: Number.NaN }],
  ['customResources', { gpu: Number.POSITIVE_INFINITY }],
  ['customResources', { gpu: 1.5 }],
  ['customResources', null],
  ['customResources', undefined],
  ['tags', { a: 1 }],
  ['tags', null],
  ['tags', {}],
  ['device', { model: { nested: [1] } }],
  ['device', null],
  ['device', new Map()],
  ['extendedHandler', { init: 2 }],
  ['extendedHandler', undefined],
  ['extendedHandler', null],
  ['extendedTimeout', { init: 1.5 }],
  ['extendedTimeout', { init: 2 ** 60 }],
  ['extendedTimeout', { init: 30 }],
  ['extendedTimeout', undefined],
  ['cpu', 1.5],
]

describe('checkVersionRecord', () => {
  it.each(VARIANTS)('agrees with versionRecordSchema on %s = %o, with its error', (field, value) => {
    const record = { ...sample, [field]: value } as VersionRecord
    const parsed = versionRecordSchema.safeParse(record)
    if (parsed.success) expect(() => checkVersionRecord(record)).not.toThrow()
    else expect(() => checkVersionRecord(record)).toThrow(parsed.error.message)
  })

  it('refuses at least one variant of each field, so the table tests both ways', () => {
    const refused = VARIANTS.filter(
      ([field, value]) => !versionRecordSchema.safeParse({ ...sample, [field]: value }).success,
    )
    expect(new Set(refused.map(([field]) => field))).toEqual(new Set(VARIANTS.map(([field]) => field)))
    expect(refused.length).toBeLessThan(VARIANTS.length)
  })
})
