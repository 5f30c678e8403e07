import { describe, expect, it } from 'vitest'
import { Journal, type JournalEntry } from '../../src/engine/journal.js'
import { searchJournal } from '../../src/engine/journal-search.js'
import { journalEntry as entry } from '../support/journal-entry.js'

// The admin routes' journal search (issue 23): the answers of `find` and `nearMisses`, given in
// slices with the event loop free between them.

function journalOf(entries: readonly JournalEntry[]): Journal {
  const journal = new Journal(entries.length)
  for (const each of entries) journal.record(each)
  return journal
}

describe('searchJournal', () => {
  const journal = journalOf([
    entry(1, { method: 'POST', status: 201, headers: { 'x-t': 'a1' } }),
    entry(2, { method: 'GET', status: 404, headers: { 'x-t': 'b2' } }),
    entry(3, { method: 'POST', status: 500, query: { q: 'a' } }),
    entry(4, { method: 'DELETE', status: 200, path: '/x/y' }),
    entry(5, { method: 'POST', status: 201, headers: { 'x-t': 'a5' } }),
  ])

  it.each([
    {},
    { method: 'POST' },
    { method: 'POST', status: 201 },
    { headers: { 'x-t': { matches: '^a\\d$' } } },
    { path: '/x/*', method: ['DELETE', 'PUT'] },
    { query: { q: 'a' }, status: 404 },
    { status: 599 },
  ])('answers %j as find and nearMisses do', async (filter) => {
    const search = await searchJournal(journal, filter)
    expect(search.requests).toEqual(journal.find(filter))
    expect(search.nearMisses).toEqual(journal.nearMisses(filter))
    expect((await searchJournal(journal, filter, 1)).nearMisses).toEqual(journal.nearMisses(filter, 1))
  })

  it('ranks no near misses when asked for none', async () => {
    expect(await searchJournal(journal, { method: 'PUT' }, 0)).toEqual({ requests: [], nearMisses: [] })
  })

  it('lets timers run while a long search goes on, and answers from the entries it began with', async () => {
    // A search of well over 10 ms: 400 entries whose 16 KiB header meets a pattern that defeats the
    // DFA cache (every unit costs a pass over the pattern).
    const value = Array.from({ length: 16_384 }, (_, index) => ((index * 7919) % 13 < 6 ? 'a' : 'b')).join('')
    const long = journalOf(
      Array.from({ length: 400 }, (_, index) => entry(index + 1, { headers: { 'x-v': value } })),
    )
    let timerRan = false
    setTimeout(() => {
      timerRan = true
      long.record(entry(1000, { headers: { 'x-v': 'a' } }))
    }, 0)
    const search = await searchJournal(long, { headers: { 'x-v': { matches: '(?:a|b)*a(?:a|b){40}c' } } })
    expect(timerRan).toBe(true)
    expect(search.requests).toEqual([])
    expect(search.nearMisses.map((miss) => miss.entry.id)).toEqual([400, 399, 398])
  })
})
