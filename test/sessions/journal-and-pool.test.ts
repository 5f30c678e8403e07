import { describe, expect, it } from 'vitest'
import { Journal, type JournalEntry } from '../../src/engine/journal.js'
import { DEFAULT_SESSION, type Session, SessionPool } from '../../src/engine/session-pool.js'
import { journalEntry as entry } from '../support/journal-entry.js'

// The journal's ring and filters, and the session pool's limits, at their edges.

const ids = (entries: readonly JournalEntry[]) => entries.map((each) => each.id)

describe('Journal', () => {
  it('keeps the newest entries within its limit, oldest first, through several wraps', () => {
    const journal = new Journal(3)
    for (let id = 1; id <= 3; id++) journal.record(entry(id))
    expect(ids(journal.all())).toEqual([1, 2, 3])
    for (let id = 4; id <= 8; id++) journal.record(entry(id))
    expect(ids(journal.all())).toEqual([6, 7, 8])
    journal.clear()
    expect(journal.all()).toEqual([])
    journal.record(entry(9))
    journal.record(entry(10))
    expect(ids(journal.all())).toEqual([9, 10])
  })

  it('records nothing with a limit of 0', () => {
    const journal = new Journal(0)
    journal.record(entry(1))
    expect(journal.all()).toEqual([])
  })

  it('builds a lazily recorded entry once, when first read', () => {
    const journal = new Journal(2)
    let built = 0
    journal.record({
      id: 1,
      toEntry: () => {
        built++
        return entry(1)
      },
    })
    expect(built).toBe(0)
    expect(ids(journal.all())).toEqual([1])
    expect(ids(journal.all())).toEqual([1])
    expect(built).toBe(1)
  })

  it('offers its oldest entry for refilling only once full, and only while it was never read', () => {
    const journal = new Journal(2)
    const pending = (id: number) => ({ id, toEntry: () => entry(id) })
    const first = pending(1)
    journal.record(first)
    expect(journal.reusable()).toBeUndefined()
    journal.record(pending(2))
    expect(journal.reusable()).toBe(first)
    journal.record(pending(3))
    expect(ids(journal.all())).toEqual([2, 3])
    expect(journal.reusable()).toBeUndefined()
    expect(new Journal(0).reusable()).toBeUndefined()
  })

  it('filters on status, query, headers and session, and counts what it finds', () => {
    const journal = new Journal(10)
    journal.record(entry(1, { status: 404, query: { name: 'a' }, headers: { 'x-t': '1' }, session: 's' }))
    journal.record(entry(2, { status: null, outcome: 'dropped' }))
    expect(ids(journal.find({ status: 404 }))).toEqual([1])
    expect(ids(journal.find({ query: { name: 'a' }, headers: { 'X-T': '1' }, session: 's' }))).toEqual([1])
    expect(journal.count({ status: 200 })).toBe(0)
    expect(journal.count()).toBe(2)
    expect(journal.nearMisses({ status: 404 })).toEqual([
      {
        entry: journal.all()[1],
        differences: [{ criterion: 'status', ok: false, expected: '404', actual: 'null' }],
      },
    ])
  })

  it('ranks an older near miss that meets more criteria before a newer one that meets fewer', () => {
    const journal = new Journal(10)
    journal.record(entry(1, { method: 'GET', path: '/wanted' }))
    journal.record(entry(2, { method: 'GET', path: '/other' }))
    expect(ids(journal.nearMisses({ method: 'POST', path: '/wanted' }).map((miss) => miss.entry))).toEqual([
      1, 2,
    ])
  })

  it('gives at most three near misses by default, and none for matching entries', () => {
    const journal = new Journal(10)
    for (let id = 1; id <= 5; id++) journal.record(entry(id))
    expect(journal.nearMisses({ method: 'POST' })).toHaveLength(3)
    expect(journal.nearMisses({ method: 'GET' })).toEqual([])
  })
})

describe('SessionPool', () => {
  const newPool = (max: number, idleMs: number, clock: { now: number }) =>
    new SessionPool(
      { max, idleMs },
      (id) =>
        ({ id, createdAt: clock.now, lastUsedAt: clock.now, journal: new Journal(10) }) as unknown as Session,
      () => clock.now,
    )

  it('creates a session once, and drops the least recently used past the limit, never the default', () => {
    const clock = { now: 0 }
    const pool = newPool(2, 60_000, clock)
    const a = pool.get('a')
    expect(pool.get('a')).toBe(a)
    pool.get(DEFAULT_SESSION)
    pool.get('b')
    pool.get('a')
    pool.get('c')
    expect(
      pool
        .list()
        .map((session) => session.id)
        .sort(),
    ).toEqual(['', 'a', 'c'])
    expect(pool.peek('b')).toBeUndefined()
  })

  it('drops sessions idle longer than idleMs, checked at most once a second, never the default', () => {
    const clock = { now: 10_000 }
    const pool = newPool(10, 5_000, clock)
    pool.get(DEFAULT_SESSION)
    pool.get('old')
    clock.now += 5_000
    pool.get('fresh')
    expect(pool.peek('old')).toBeDefined()
    clock.now += 1
    pool.get('fresh')
    expect(pool.peek('old')).toBeDefined()
    clock.now += 1_000
    pool.get('fresh')
    expect(pool.peek('old')).toBeUndefined()
    expect(pool.peek(DEFAULT_SESSION)).toBeDefined()
    expect(pool.get('fresh').lastUsedAt).toBe(clock.now)
  })

  it('checks expiry again exactly one second after the last check', () => {
    const clock = { now: 10_000 }
    const pool = newPool(10, 500, clock)
    pool.get('old')
    clock.now += 999
    pool.get('fresh')
    expect(pool.peek('old')).toBeDefined()
    clock.now += 1
    pool.get('fresh')
    expect(pool.peek('old')).toBeUndefined()
  })

  it('keeps expiring when the clock goes back', () => {
    const clock = { now: 100_000 }
    const pool = newPool(10, 1_000, clock)
    pool.get('x')
    clock.now = 0
    pool.get('a')
    clock.now = 5_000
    pool.get('b')
    expect(pool.peek('a')).toBeUndefined()
  })

  it('replaces, drops and clears', () => {
    const clock = { now: 0 }
    const pool = newPool(10, 1_000, clock)
    const a = pool.get('a')
    const replacement = { ...a, lastUsedAt: 5 }
    pool.replace(replacement)
    expect(pool.peek('a')).toBe(replacement)
    expect(pool.drop('a')).toBe(true)
    expect(pool.drop('a')).toBe(false)
    pool.get('b')
    pool.clear()
    expect(pool.list()).toEqual([])
  })
})
