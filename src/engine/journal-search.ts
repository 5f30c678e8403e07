import type { CriterionResult } from '../scenarios/compile-rule.js'
import {
  type Journal,
  type JournalEntry,
  type NearMiss,
  type RequestFilter,
  toEntryFacts,
  toFilterCriteria,
  toNearMisses,
} from './journal.js'

/** How long a search holds the event loop before it lets other requests (and `/healthz`) run. */
const SLICE_MS = 10

/** The entries a filter finds, and the closest ones it does not. */
export interface JournalSearch {
  readonly requests: JournalEntry[]
  readonly nearMisses: NearMiss[]
}

/**
 * Searches a journal as `find` and `nearMisses` do, in slices of at most ~10 ms with the event loop
 * given back between them: however many entries, however long their headers and bodies, a search
 * never keeps the server from answering. It reads the entries as they were when it began.
 * @example const { requests } = await searchJournal(session.journal, { method: 'DELETE' })
 */
export async function searchJournal(
  journal: Journal,
  filter: RequestFilter,
  nearMissLimit = 3,
): Promise<JournalSearch> {
  const criteria = toFilterCriteria(filter)
  const requests: JournalEntry[] = []
  // Every entry's results are kept only to rank near misses: they hold the values compared.
  const checked: Array<{ entry: JournalEntry; results: CriterionResult[] }> = []
  let sliceStart = performance.now()
  for (const entry of journal.all()) {
    const facts = toEntryFacts(entry)
    const results: CriterionResult[] = []
    for (const check of criteria) {
      results.push(check(facts, entry))
      // One criterion on one entry is bounded (a pattern's size times a header's); many are not.
      if (performance.now() - sliceStart >= SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0))
        sliceStart = performance.now()
      }
    }
    if (results.every((result) => result.ok)) requests.push(entry)
    else if (nearMissLimit > 0) checked.push({ entry, results })
  }
  return { requests, nearMisses: toNearMisses(checked, nearMissLimit) }
}
