import { describe, expect, it } from 'vitest'
import { Journal } from '../../src/engine/journal.js'
import { JournalBudget } from '../../src/engine/journal-budget.js'
import { DEFAULT_SESSION, type Session, SessionPool } from '../../src/engine/session-pool.js'
import { Interner } from '../../src/support/interner.js'
import { cutUtf8, encodeWithin, utf8Length } from '../../src/support/utf8-text.js'
import { journalEntry as entry } from '../support/journal-entry.js'

// The journals' shared byte budget at its edges: charged when an entry is recorded, the oldest entry of
// any session dropped first, what is dropped counted, and a dropped session's bytes given back.

const ids = (journal: Journal) => journal.all().map((each) => each.id)

describe('JournalBudget', () => {
  it('drops the oldest entry of any journal to make room, and counts why entries left', () => {
    const budget = new JournalBudget(100)
    const a = new Journal(10, budget)
    const b = new Journal(10, budget)
    a.record(entry(1), 40)
    b.record(entry(2), 40)
    a.record(entry(3), 40)
    expect(ids(a)).toEqual([3])
    expect(ids(b)).toEqual([2])
    // 110 > 100: entry 2 (in b) is older than entry 3 (in a), so it goes.
    b.record(entry(4), 30)
    expect(ids(b)).toEqual([4])
    expect(ids(a)).toEqual([3])
    expect(budget.totals).toMatchObject({
      entries: 2,
      bytes: 70,
      dropped: { overEntryLimit: 0, overByteBudget: 2, tooLargeToKeep: 0 },
    })
    expect(a.stats).toEqual({
      entries: 1,
      bytes: 40,
      maxEntries: 10,
      dropped: { overEntryLimit: 0, overByteBudget: 1 },
    })
  })

  it('keeps nothing larger than the whole budget, and counts it', () => {
    const budget = new JournalBudget(100)
    const journal = new Journal(10, budget)
    journal.record(entry(1), 50)
    journal.record(entry(2), 101, 5)
    expect(ids(journal)).toEqual([1])
    expect(budget.totals).toMatchObject({
      bytes: 50,
      dropped: { tooLargeToKeep: 1 },
      bodiesCut: 1,
      bodyBytesCut: 5,
    })
  })

  it('counts the entry limit apart, and gives bytes back on clear and close without counting them', () => {
    const budget = new JournalBudget(1000)
    const journal = new Journal(2, budget)
    for (let id = 1; id <= 3; id++) journal.record(entry(id), 10)
    expect(ids(journal)).toEqual([2, 3])
    expect(budget.totals).toMatchObject({ entries: 2, bytes: 20, dropped: { overEntryLimit: 1 } })
    journal.clear()
    expect(budget.totals).toMatchObject({ entries: 0, bytes: 0, dropped: { overEntryLimit: 1 } })
    journal.record(entry(4), 10)
    journal.close()
    journal.record(entry(5), 10)
    expect(journal.all()).toEqual([])
    expect(budget.totals).toMatchObject({ entries: 0, bytes: 0 })
  })

  it('keeps arrival order through drops from the front, regrowth and wraps', () => {
    const budget = new JournalBudget(50)
    const journal = new Journal(40, budget)
    const other = new Journal(40, budget)
    for (let id = 1; id <= 30; id++) (id % 3 === 0 ? other : journal).record(entry(id), 1)
    // 30 bytes of 1-byte entries; then five of 10 push out the oldest ten each from 33 on, in either journal.
    for (let id = 31; id <= 32; id++) journal.record(entry(id), 10)
    expect(ids(journal)).toHaveLength(22)
    journal.record(entry(33), 10)
    expect(ids(other)).toEqual([12, 15, 18, 21, 24, 27, 30])
    for (let id = 34; id <= 35; id++) journal.record(entry(id), 10)
    expect(ids(journal)).toEqual([31, 32, 33, 34, 35])
    expect(ids(other)).toEqual([])
    expect(budget.totals).toMatchObject({ entries: 5, bytes: 50, dropped: { overByteBudget: 30 } })
  })
})

describe('the session pool and the budget', () => {
  it('closes the journal of a session it drops, evicts or replaces, and never creates one to read', () => {
    const budget = new JournalBudget(1000)
    const pool = new SessionPool(
      { max: 1, idleMs: 60_000 },
      (id) => ({ id, journal: new Journal(10, budget), lastUsedAt: 0, createdAt: 0 }) as unknown as Session,
    )
    pool.get('a').journal.record(entry(1), 10)
    pool.get('b').journal.record(entry(2), 10)
    expect(pool.peek('a')).toBeUndefined()
    expect(budget.totals.bytes).toBe(10)
    const view = pool.view('c')
    expect(view.journal.all()).toEqual([])
    expect(pool.peek('c')).toBeUndefined()
    expect(pool.view('b')).toBe(pool.peek('b'))
    pool.replace({ ...(pool.peek('b') as Session), journal: new Journal(10, budget) })
    expect(budget.totals.bytes).toBe(0)
    pool.get(DEFAULT_SESSION).journal.record(entry(3), 10)
    pool.clear()
    expect(budget.totals).toMatchObject({ entries: 0, bytes: 0 })
  })
})

describe('UTF-8 cuts', () => {
  it('cut at a whole character, as a copy, with the whole size', () => {
    const text = `${'a'.repeat(5)}é€😀`
    expect(utf8Length(text)).toBe(5 + 2 + 3 + 4)
    expect(utf8Length('\ud800x')).toBe(4)
    expect(cutUtf8(text, 8)).toEqual({ text: 'aaaaaé', bytes: 14, cut: true })
    expect(cutUtf8('abc', 8)).toEqual({ text: 'abc', bytes: 3, cut: false })
    const encoded = encodeWithin(text, 10, 99)
    expect(encoded).toMatchObject({ bytes: 99, cut: true })
    expect(new TextDecoder().decode(encoded.data)).toBe('aaaaaé€')
    expect(encodeWithin(text, 64)).toMatchObject({ bytes: 14, cut: false })
  })
})

describe('Interner within a size', () => {
  it('starts over when what it keeps passes its size, as when it is full', () => {
    const interner = new Interner<string>(100, 10)
    const first = 'aaaaaa'
    expect(interner.intern(first, first)).toBe(first)
    expect(interner.intern('aaaaaa', 'copy')).toBe(first)
    const second = 'bbbbbb'
    interner.intern(second, second)
    // The table started over for `second`: `first` is kept anew.
    expect(interner.intern('aaaaaa', 'again')).toBe('again')
  })
})
