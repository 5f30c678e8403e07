import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { toScope } from '../../src/model/scope.js'
import { toStoredRecord, type VersionData, type VersionRecord } from '../../src/model/version-record.js'
import { BaselineOrder, mergeNewestFirst } from '../../src/store/baseline-order.js'
import { FunctionEntry } from '../../src/store/function-entry.js'
import { defineSlot, KeyedSlot } from '../../src/store/keyed-slot.js'
import { MetaStore } from '../../src/store/meta-store.js'

// The store's index, slots, revisions and copies, driven directly (the API tests reach them only
// through whole requests).

const scope = toScope('default')
const service = createMetaService({ functions: 0 })
await service.ready
const sample = service.engine.defaultState.store.allRecords()[0] as VersionRecord
const { modRevision: _r, writeOrder: _w, ...sampleData } = sample
const data = (name: string, versionNumber: string, over: Partial<VersionData> = {}): VersionData => ({
  ...sampleData,
  ...scope,
  name,
  versionNumber,
  ...over,
})
const record = (name: string, versionNumber: string, modRevision = 1, writeOrder = 1): VersionRecord =>
  toStoredRecord(data(name, versionNumber), modRevision, writeOrder)
const versions = (records: readonly VersionRecord[]) => records.map((each) => each.versionNumber)

describe('FunctionEntry', () => {
  const entryOf = (...keys: string[]) => {
    const entry = new FunctionEntry()
    for (const key of keys) entry.put(record('f', key))
    return entry
  }

  it('slices newest first from an offset, and gives nothing past the end', () => {
    const entry = entryOf('1', '2', '3', '4')
    expect(versions(entry.slice(0, 2))).toEqual(['4', '3'])
    expect(versions(entry.slice(1, 2))).toEqual(['3', '2'])
    expect(versions(entry.slice(3, 5))).toEqual(['1'])
    expect(entry.slice(4, 2)).toEqual([])
    expect(entry.slice(9, 2)).toEqual([])
    expect(versions(entry.slice(0, 9))).toEqual(['4', '3', '2', '1'])
  })

  it('makes a rewritten version the newest, once', () => {
    const entry = entryOf('1', '2', '3')
    entry.put(record('f', '1'))
    expect(versions(entry.slice(0, 9))).toEqual(['1', '3', '2'])
    expect(entry.size).toBe(3)
    expect([...entry.versions()].sort()).toEqual(['1', '2', '3'])
  })

  it('removes a version, and reports one it does not hold', () => {
    const entry = entryOf('1', '2', '3')
    expect(entry.remove('2')?.versionNumber).toBe('2')
    expect(entry.remove('2')).toBeUndefined()
    expect(entry.get('2')).toBeUndefined()
    expect(versions(entry.slice(0, 9))).toEqual(['3', '1'])
  })

  it('refuses to change once frozen, and clones into a changeable copy', () => {
    const entry = entryOf('1', '2')
    expect(entry.frozen).toBe(false)
    expect(entry.freeze()).toBe(entry)
    expect(entry.frozen).toBe(true)
    expect(() => entry.put(record('f', '3'))).toThrow(/shared function entry/)
    expect(() => entry.remove('1')).toThrow(/shared function entry/)
    const copy = entry.clone()
    expect(copy.frozen).toBe(false)
    copy.put(record('f', '3'))
    expect(copy.get('2')?.versionNumber).toBe('2')
    expect(versions(copy.slice(0, 9))).toEqual(['3', '2', '1'])
    expect(versions(entry.slice(0, 9))).toEqual(['2', '1'])
  })
})

describe('KeyedSlot', () => {
  it('puts frozen values, deletes with undefined, and copies on write in both directions', () => {
    const slot = new KeyedSlot<{ n: number }>()
    slot.apply([
      ['a', { n: 1 }],
      ['b', { n: 2 }],
    ])
    expect(Object.isFrozen(slot.get('a'))).toBe(true)
    const copy = slot.share()
    copy.apply([['a', undefined]])
    expect(copy.get('a')).toBeUndefined()
    expect(copy.size).toBe(1)
    expect(slot.get('a')).toEqual({ n: 1 })
    slot.apply([['c', { n: 3 }]])
    expect(copy.get('c')).toBeUndefined()
    expect([...slot.entries()].map(([key]) => key)).toEqual(['a', 'b', 'c'])
    const again = slot.share()
    again.apply([['d', { n: 4 }]])
    slot.apply([['e', { n: 5 }]])
    expect(again.get('e')).toBeUndefined()
    expect(slot.get('d')).toBeUndefined()
  })
})

describe('KeyedSlot sharing', () => {
  it('keeps a write to the original out of a copy taken before it', () => {
    const slot = new KeyedSlot<number>()
    slot.apply([['a', 1]])
    const copy = slot.share()
    slot.apply([
      ['a', 2],
      ['b', 3],
    ])
    expect(copy.get('a')).toBe(1)
    expect(copy.size).toBe(1)
    expect(slot.get('a')).toBe(2)
  })
})

describe('BaselineOrder', () => {
  it('orders records newest write first: the higher revision, then the later write', () => {
    const order = BaselineOrder.of([
      ['f', [record('f', '2', 3, 5), record('f', '1', 1, 1)]],
      ['g', [record('g', '2', 3, 6), record('g', '1', 2, 2)]],
    ])
    expect(order.records.map((each) => `${each.name}:${each.versionNumber}`)).toEqual([
      'g:2',
      'f:2',
      'g:1',
      'f:1',
    ])
    expect(order.functionKeys).toEqual(['g', 'f', 'g', 'f'])
  })

  it('orders imported records by revision even where their write order disagrees', () => {
    const [older, newer] = [record('a', '1', 2, 9), record('b', '1', 5, 1)]
    expect(
      BaselineOrder.of([
        ['a', [older]],
        ['b', [newer]],
      ]).records,
    ).toEqual([newer, older])
    const spaced = [record('c', '1', 1, 1), record('c', '2', 7, 40), record('c', '3', 3, 12)]
    expect(BaselineOrder.of([['c', spaced]]).records.map((each) => each.versionNumber)).toEqual([
      '2',
      '3',
      '1',
    ])
  })

  it('keeps the given order of records that tie, and merges a tie baseline first', () => {
    const [a, b, c] = [record('a', '1', 4, 4), record('b', '1', 4, 4), record('c', '1', 4, 4)]
    expect(
      BaselineOrder.of([
        ['b', [b]],
        ['a', [a]],
      ]).records,
    ).toEqual([b, a])
    expect(mergeNewestFirst([a, b], [c])).toEqual([a, b, c])
    const newer = record('n', '1', 5, 1)
    expect(mergeNewestFirst([a, b], [newer])).toEqual([newer, a, b])
  })
})

describe('MetaStore', () => {
  it('writes one transaction under one revision, the smaller key listing first', () => {
    const store = new MetaStore()
    const written = store.commit({
      scope,
      name: 'f',
      puts: [data('f', '2'), data('f', '10'), data('f', '1')],
    })
    expect(versions(written)).toEqual(['2', '10', '1'])
    expect(written.map((each) => each.modRevision)).toEqual([1, 1, 1])
    expect(store.revision).toBe(1)
    expect(Object.isFrozen(written[0])).toBe(true)
    // Keys "1/" < "10/" < "2/": written largest first, so listed (newest first) smallest first.
    expect(versions(store.findFunction(scope, 'f')?.slice(0, 9) ?? [])).toEqual(['1', '10', '2'])
    expect(written.find((each) => each.versionNumber === '2')?.writeOrder).toBe(1)
    expect(written.find((each) => each.versionNumber === '1')?.writeOrder).toBe(3)
    store.commit({ scope, name: 'f', deletes: ['10'] })
    expect(store.revision).toBe(2)
    expect(store.recordCount).toBe(2)
  })

  it('refuses a record the schema refuses, leaving nothing half written, unless checks are off', () => {
    const store = new MetaStore()
    const bad = { ...data('f', '2'), cpu: 1.5 }
    expect(() => store.commit({ scope, name: 'f', puts: [data('f', '1'), bad] })).toThrow()
    expect(store.recordCount).toBe(0)
    expect(store.revision).toBe(0)
    store.validateWrites = false
    store.commit({ scope, name: 'f', puts: [bad] })
    expect(store.recordCount).toBe(1)
  })

  it('drops a function from the index when its last version is deleted', () => {
    const store = new MetaStore()
    store.commit({ scope, name: 'f', puts: [data('f', '1')] })
    store.commit({ scope, name: 'f', deletes: ['1'] })
    expect(store.findFunction(scope, 'f')).toBeUndefined()
    expect(store.allRecords()).toEqual([])
  })

  it('copies independently both ways, and a copy always checks its writes', () => {
    const store = new MetaStore()
    store.validateWrites = false
    store.commit({ scope, name: 'f', puts: [data('f', '1')] })
    store.commitSlot(defineSlot<number>('n'), [['x', 1]])
    const copy = store.clone()
    expect(copy.validateWrites).toBe(true)
    expect(copy.revision).toBe(2)
    copy.commit({ scope, name: 'f', puts: [data('f', '2')] })
    copy.commit({ scope, name: 'g', puts: [data('g', '1')] })
    expect(store.recordCount).toBe(1)
    expect(copy.recordCount).toBe(3)
    store.commit({ scope, name: 'f', puts: [data('f', '3')] })
    expect(versions(copy.findFunction(scope, 'f')?.slice(0, 9) ?? [])).toEqual(['2', '1'])
    expect(versions(store.findFunction(scope, 'f')?.slice(0, 9) ?? [])).toEqual(['3', '1'])
    copy.commitSlot(defineSlot<number>('n'), [['x', 2]])
    expect(store.slot(defineSlot<number>('n')).get('x')).toBe(1)
    expect(copy.slot(defineSlot<number>('n')).get('x')).toBe(2)
    // A copy of a copy, after both wrote, is still independent.
    const third = copy.clone()
    third.commit({ scope, name: 'f', deletes: ['1'] })
    expect(versions(copy.findFunction(scope, 'f')?.slice(0, 9) ?? [])).toEqual(['2', '1'])
  })

  it('lists a copy written function by function in the order a store that owns its index does', () => {
    // A copy writes over the shared index per function; its whole index (allRecords, counts, written
    // bytes) must read as one Map written all along: updated in place, deleted, re-added last.
    const writeAll = (store: MetaStore) => {
      store.commit({ scope, name: 'b', puts: [data('b', '2')] })
      store.commit({ scope, name: 'a', deletes: ['1'] })
      store.commit({ scope, name: 'd', puts: [data('d', '1')] })
      store.commit({ scope, name: 'a', puts: [data('a', '2')] })
      store.commit({ scope, name: 'c', deletes: ['1'] })
      store.commit({ scope, name: 'e', puts: [data('e', '1')] })
      store.commit({ scope, name: 'e', deletes: ['1'] })
      store.commit({ scope, name: 'd', puts: [data('d', '2')] })
    }
    const template = () => {
      const store = new MetaStore()
      for (const name of ['a', 'b', 'c']) store.commit({ scope, name, puts: [data(name, '1')] })
      return store
    }
    const owner = template()
    writeAll(owner)
    const base = template()
    const copy = base.clone()
    writeAll(copy)
    const listed = (store: MetaStore) =>
      store.allRecords().map((each) => `${each.name}:${each.versionNumber}`)
    expect(listed(owner)).toEqual(['b:2', 'b:1', 'd:2', 'd:1', 'a:2'])
    expect(listed(copy)).toEqual(listed(owner))
    expect(copy.recordCount).toBe(owner.recordCount)
    expect(copy.writtenBytes()).toBe(owner.writtenBytes())
    expect(copy.findFunction(scope, 'c')).toBeUndefined()
    expect(copy.findFunction(scope, 'e')).toBeUndefined()
    // Nothing leaks into the store it was copied from, nor into a second copy of it.
    expect(listed(base)).toEqual(['a:1', 'b:1', 'c:1'])
    expect(listed(base.clone())).toEqual(['a:1', 'b:1', 'c:1'])
    // A copy of the copy starts from all of its writes, and writes apart from it.
    const third = copy.clone()
    expect(listed(third)).toEqual(listed(owner))
    third.commit({ scope, name: 'b', deletes: ['1', '2'] })
    expect(listed(third)).toEqual(['d:2', 'd:1', 'a:2'])
    expect(listed(copy)).toEqual(listed(owner))
  })

  it('keeps slot writes apart between a store and its copies, whichever writes first', () => {
    // The slots' map is shared by copies until one of them writes a slot.
    const n = defineSlot<number>('n')
    const m = defineSlot<number>('m')
    const store = new MetaStore()
    store.commitSlot(n, [['x', 1]])
    const first = store.clone()
    const second = store.clone()
    store.commitSlot(n, [['x', 2]])
    store.commitSlot(m, [['y', 1]])
    expect(first.slot(n).get('x')).toBe(1)
    expect(first.slot(m).size).toBe(0)
    first.commitSlot(m, [['y', 3]])
    first.commitSlot(n, [['x', 3]])
    expect(second.slot(n).get('x')).toBe(1)
    expect(second.slot(m).get('y')).toBeUndefined()
    expect(store.slot(m).get('y')).toBe(1)
    expect(store.slot(n).get('x')).toBe(2)
    // A store replaced by a copy's data takes its slots, and the copy's later writes stay its own.
    second.replaceWith(first)
    expect(second.slot(m).get('y')).toBe(3)
    first.commitSlot(m, [['y', 4]])
    expect(second.slot(m).get('y')).toBe(3)
  })

  it('gives each slot write the next revision, and reads an unwritten slot as empty', () => {
    const store = new MetaStore()
    const slot = defineSlot<string>('s')
    expect(store.slot(slot).size).toBe(0)
    expect(store.commitSlot(slot, [['a', 'x']])).toBe(1)
    expect(store.commitSlot(slot, [['a', undefined]])).toBe(2)
    expect(store.revision).toBe(2)
    expect(store.slot(slot).size).toBe(0)
  })

  it('keeps the slots of different resources apart', () => {
    const store = new MetaStore()
    store.commitSlot(defineSlot<number>('first'), [['x', 1]])
    expect(store.slot(defineSlot<number>('second')).get('x')).toBeUndefined()
    expect(store.slot(defineSlot<number>('first')).get('x')).toBe(1)
  })

  it('puts exact records with their own revisions, keeping the highest', () => {
    const store = new MetaStore()
    store.putExact([record('f', '1', 7, 3), record('f', '2', 5, 9)])
    expect(store.revision).toBe(7)
    expect(versions(store.findFunction(scope, 'f')?.slice(0, 9) ?? [])).toEqual(['2', '1'])
    const [next] = store.commit({ scope, name: 'f', puts: [data('f', '3')] })
    expect(next?.modRevision).toBe(8)
    expect(next?.writeOrder).toBe(10)
  })

  it('finds records in the sealed baseline and in functions written since, each once', () => {
    const store = new MetaStore()
    store.commit({ scope, name: 'f', puts: [data('f', '1')] })
    store.commit({ scope, name: 'g', puts: [data('g', '1')] })
    store.sealBaseline()
    const copy = store.clone()
    copy.commit({ scope, name: 'f', puts: [data('f', '2')] })
    const all = () => true
    const keys = (records: VersionRecord[]) =>
      records.map((each) => `${each.name}:${each.versionNumber}`).sort()
    expect(keys(store.findRecords(all))).toEqual(['f:1', 'g:1'])
    expect(keys(copy.findRecords(all))).toEqual(['f:1', 'f:2', 'g:1'])
    // Newest write first, the copy's own write merged into the baseline's order.
    expect(copy.findRecords(all).map((each) => `${each.name}:${each.versionNumber}`)).toEqual([
      'f:2',
      'g:1',
      'f:1',
    ])
    expect(keys(copy.findRecords((each) => each.versionNumber === '2'))).toEqual(['f:2'])
    copy.commit({ scope, name: 'g', deletes: ['1'] })
    expect(keys(copy.findRecords(all))).toEqual(['f:1', 'f:2'])
    // Writes made before a copy was taken stay visible in the copy.
    expect(keys(copy.clone().findRecords(all))).toEqual(['f:1', 'f:2'])
    store.sealBaseline()
    expect(keys(store.findRecords(all))).toEqual(['f:1', 'g:1'])
  })

  it('runs operations one at a time, in order; a synchronous one at once when nothing waits', async () => {
    const store = new MetaStore()
    const order: string[] = []
    let ranAtOnce = false
    const sync = store.exclusive(() => {
      ranAtOnce = true
      return 1
    })
    expect(ranAtOnce).toBe(true)
    await expect(sync).resolves.toBe(1)
    let release = () => {}
    const slow = store.exclusive(async () => {
      order.push('slow start')
      await new Promise<void>((resolve) => {
        release = resolve
      })
      order.push('slow end')
      return 'slow'
    })
    const queued = store.exclusive(() => {
      order.push('queued')
      return 'queued'
    })
    const failing = store.exclusive(() => {
      throw new Error('boom')
    })
    const after = store.exclusive(() => {
      order.push('after')
    })
    await Promise.resolve()
    expect(order).toEqual(['slow start'])
    release()
    await expect(slow).resolves.toBe('slow')
    await expect(queued).resolves.toBe('queued')
    await expect(failing).rejects.toThrow('boom')
    await after
    expect(order).toEqual(['slow start', 'slow end', 'queued', 'after'])
    // Everything settled: a synchronous operation runs at once again, and a throw is a rejection.
    let again = false
    const next = store.exclusive(() => {
      again = true
    })
    expect(again).toBe(true)
    await next
    await expect(
      store.exclusive(() => {
        throw new Error('sync boom')
      }),
    ).rejects.toThrow('sync boom')
  })

  it('rejects for a synchronous throw only once awaited: no promise rejected before its caller has a handler', async () => {
    const store = new MetaStore()
    const error = new Error('not found')
    const failing = store.exclusive(() => {
      throw error
    })
    // `Promise.reject` would show `<rejected>` here, and Node would track it as possibly unhandled.
    expect(inspect(failing)).toBe('Promise { <pending> }')
    await expect(failing).rejects.toBe(error)
    // Nothing was queued: the next operation still runs at once.
    let ranAtOnce = false
    await store.exclusive(() => {
      ranAtOnce = true
    })
    expect(ranAtOnce).toBe(true)
  })
})

describe('MetaStore.newestOfEachFunction', () => {
  it('gives one record per function, its newest, in the order allRecords lists the functions', () => {
    const store = new MetaStore()
    store.commit({ scope, name: 'a', puts: [data('a', '$latest')] })
    store.commit({
      scope: toScope('default', 'p'),
      name: 'a',
      puts: [data('a', '$latest', { productId: 'p' })],
    })
    store.commit({ scope, name: 'b', puts: [data('b', '$latest'), data('b', '1')] })
    store.commit({ scope, name: 'a', puts: [data('a', '1')] })
    store.commit({ scope, name: 'c', puts: [data('c', '$latest')] })
    store.commit({ scope, name: 'c', deletes: ['$latest'] })
    const newest = [...store.newestOfEachFunction()]
    expect(newest.map((each) => [each.productId, each.name, each.versionNumber])).toEqual([
      ['', 'a', '1'],
      ['p', 'a', '$latest'],
      ['', 'b', '$latest'],
    ])
    const firstOfEach = store.allRecords().filter((each, index, all) => {
      const before = all[index - 1]
      return !before || before.name !== each.name || before.productId !== each.productId
    })
    expect(newest).toEqual(firstOfEach)
  })
})
