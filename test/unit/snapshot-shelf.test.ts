import { describe, expect, it } from 'vitest'
import type { MetaSnapshot } from '../../src/engine/meta-engine.js'
import { isRefusal, SnapshotShelf } from '../../src/engine/snapshot-shelf.js'

// The snapshot shelf's count limit, its byte limit at the exact edge, and what it hands back.

/** A snapshot whose session wrote `bytes` since the baseline: all the shelf reads of it. */
const snapshotOf = (bytes: number) => ({ store: { writtenBytes: () => bytes } }) as unknown as MetaSnapshot
type Item = { id: string; snapshot: MetaSnapshot; error?: string }
const add = (shelf: SnapshotShelf<Item>, bytes: number) => {
  const snapshot = snapshotOf(bytes)
  return shelf.add(snapshot, (id) => ({ id, snapshot }))
}

describe('SnapshotShelf', () => {
  it('keeps at most `limit` snapshots, dropping the oldest', () => {
    const shelf = new SnapshotShelf<Item>(2, 1_000)
    for (let n = 0; n < 3; n++) add(shelf, 10)
    expect(shelf.ids()).toEqual(['2', '3'])
    expect(shelf.bytes).toBe(20)
  })

  it('keeps a snapshot of exactly the byte limit, dropping the others to make room', () => {
    const shelf = new SnapshotShelf<Item>(50, 10)
    add(shelf, 4)
    const whole = add(shelf, 10)
    expect(isRefusal(whole)).toBe(false)
    expect(shelf.ids()).toEqual(['2'])
    expect(shelf.bytes).toBe(10)
  })

  it('hands back a kept item by id and every item oldest first; a dropped id is gone', () => {
    const shelf = new SnapshotShelf<Item>(2, 1_000)
    const added = [add(shelf, 1), add(shelf, 1), add(shelf, 1)]
    expect(shelf.get('1')).toBeUndefined()
    expect(shelf.get('3')).toBe(added[2])
    expect(shelf.items()).toEqual([added[1], added[2]])
  })

  it('tells a refusal from an item, even an item with an `error` of its own', () => {
    const shelf = new SnapshotShelf<Item>(50, 10)
    expect(isRefusal(add(shelf, 11))).toBe(true)
    const kept = add(shelf, 1)
    expect(isRefusal(kept)).toBe(false)
    expect(isRefusal({ ...kept, error: 'an item’s own field' })).toBe(false)
  })
})
