import { describe, expect, it } from 'vitest'
import { Journal } from '../../src/engine/journal.js'
import { type Session, SessionPool } from '../../src/engine/session-pool.js'
import { journalEntry as entry } from '../support/journal-entry.js'

// Survivors of session 9's mutation run of src/engine (journal.ts, session-pool.ts): the journal's
// size and its count of entries dropped over its limit; a replaced session whose journal stays.

describe('Journal counters', () => {
  it('says how many entries it holds, and how many went over its limit', () => {
    const journal = new Journal(2)
    for (let id = 1; id <= 5; id++) journal.record(entry(id))
    expect(journal.size).toBe(2)
    expect(journal.stats.dropped).toEqual({ overEntryLimit: 3, overByteBudget: 0 })
  })
})

describe('SessionPool.replace', () => {
  const pool = () =>
    new SessionPool(
      { max: 10, idleMs: 60_000 },
      (id) => ({ id, createdAt: 0, lastUsedAt: 0, journal: new Journal(10) }) as unknown as Session,
      () => 0,
    )

  it('adds a session it does not hold, as get would', () => {
    const sessions = pool()
    const added = { id: 'new', createdAt: 0, lastUsedAt: 0, journal: new Journal(10) } as unknown as Session
    sessions.replace(added)
    expect(sessions.peek('new')).toBe(added)
    expect(sessions.get('new')).toBe(added)
  })

  it('keeps the journal open when the new state keeps it (rules restarted by a reload)', () => {
    const sessions = pool()
    const session = sessions.get('s')
    sessions.replace({ ...session })
    session.journal.record(entry(1))
    expect(session.journal.size).toBe(1)
  })

  it('closes the old journal when the new state has its own (a reset)', () => {
    const sessions = pool()
    const session = sessions.get('s')
    sessions.replace({ ...session, journal: new Journal(10) })
    session.journal.record(entry(1))
    expect(session.journal.size).toBe(0)
  })
})
