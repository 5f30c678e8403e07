import type { JournalEntry } from '../../src/engine/journal.js'

/** A plain answered GET of `/p<id>` for journal tests; `over` replaces any field. */
export const journalEntry = (id: number, over: Partial<JournalEntry> = {}): JournalEntry => ({
  id,
  time: '2026-01-01T00:00:00.000Z',
  session: '',
  method: 'GET',
  url: `http://fake.test/p${id}`,
  path: `/p${id}`,
  query: {},
  headers: {},
  body: '',
  rule: null,
  status: 200,
  outcome: 'response',
  durationMs: 0,
  ...over,
})
