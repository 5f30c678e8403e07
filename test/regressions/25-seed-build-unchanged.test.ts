import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'

/**
 * The bulk build of a large baseline was made cheaper in session 12 of issue 25 (the time formats,
 * the copies of the latest record a publish and an update make, a history replayed in one turn of
 * the store's queue). What it writes must not change: every record, its fields' values and their
 * order, and the store's revision, as main `b60a70b` wrote them before that work. A change that
 * means to change seeded data updates the digest, and says why.
 */
const OPTIONS = {
  seed: 11,
  functions: 400,
  load: [
    { name: '0@faaspy@big', versions: 300 },
    {
      name: 'plain-one',
      kind: 'faas',
      versions: ['1', { versionNumber: '2.0', versionDesc: 'two', publishedAt: '2030-05-05T10:00:00.120Z' }],
    },
  ],
  config: { versionMax: 400 },
}

describe('a seeded baseline with loaded functions (issue 25, session 12)', () => {
  it('holds the records main wrote before the bulk build was made cheaper, byte for byte', async () => {
    const service = createMetaService(OPTIONS)
    await service.ready
    const store = service.engine.defaultState.store
    const records = store.allRecords()
    const digest = createHash('sha256')
      .update(JSON.stringify(records))
      .update(JSON.stringify(records.map((record) => Object.keys(record))))
      .digest('hex')
    expect([records.length, store.revision]).toEqual([2289, 3095])
    expect(digest).toBe('4a5b280bff5694d17f100097729851c534b5b7c9710a47c206c5fe41f8c19846')
  })
})
