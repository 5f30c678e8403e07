import { describe, expect, it } from 'vitest'
import { Journal } from '../../src/engine/journal.js'
import { JournalBudget } from '../../src/engine/journal-budget.js'
import { journalEntry as entry } from '../support/journal-entry.js'

// The journals' byte budget at two edges issue 23's mutation run found untested: an entry of exactly
// the whole budget, and the oldest entry sitting in the journal that was charged first.

const ids = (journal: Journal) => journal.all().map((each) => each.id)

describe('JournalBudget, at its edges', () => {
  it('keeps an entry of exactly the whole budget', () => {
    const budget = new JournalBudget(100)
    const journal = new Journal(10, budget)
    journal.record(entry(1), 100)
    expect(ids(journal)).toEqual([1])
    expect(budget.totals).toMatchObject({ entries: 1, bytes: 100, dropped: { tooLargeToKeep: 0 } })
  })

  it('drops the oldest entry when it sits in the journal charged first, not the one charged last', () => {
    const budget = new JournalBudget(100)
    const first = new Journal(10, budget)
    const last = new Journal(10, budget)
    first.record(entry(1), 40)
    last.record(entry(2), 40)
    last.record(entry(3), 40)
    expect(ids(first)).toEqual([])
    expect(ids(last)).toEqual([2, 3])
    expect(budget.totals).toMatchObject({ entries: 2, bytes: 80, dropped: { overByteBudget: 1 } })
  })
})
