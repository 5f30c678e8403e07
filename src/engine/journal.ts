import { type CriterionResult, compileCriteria } from '../scenarios/compile-rule.js'
import type { RequestFacts } from '../scenarios/request-facts.js'
import type { RuleMatch } from '../scenarios/scenario-schema.js'

/** One request the fake received and what it answered. */
export interface JournalEntry {
  /** Increasing across the fake's life, so entries of several sessions can be ordered. */
  readonly id: number
  readonly time: string
  readonly session: string
  readonly method: string
  readonly url: string
  /** Percent-decoded, as routes and rules see it. */
  readonly path: string
  readonly query: Readonly<Record<string, string>>
  readonly headers: Readonly<Record<string, string>>
  /** The request body as text, cut at the journal's body limit. */
  readonly body: string
  /** The scenario rule that fired, if any. */
  readonly rule: string | null
  /** The HTTP status, or null when the connection was dropped. */
  readonly status: number | null
  readonly outcome: 'response' | 'dropped' | 'truncated'
  readonly durationMs: number
}

/** Which requests to find: a rule's request match, plus the answer's status. */
export type RequestFilter = RuleMatch & { readonly status?: number }

/** A request that did not match a filter, and how it differs. */
export interface NearMiss {
  readonly entry: JournalEntry
  readonly differences: readonly CriterionResult[]
}

/** An entry not built yet: it becomes plain data the first time it is read. */
export interface PendingEntry {
  toEntry(): JournalEntry
}

/** Requests in arrival order, bounded: the oldest are dropped first (a ring, so recording is O(1)). */
export class Journal {
  /** Entries, or how to build one: an entry becomes plain data the first time it is read. */
  readonly #ring: Array<JournalEntry | PendingEntry> = []
  /** Where the oldest entry sits once the ring is full. */
  #start = 0

  constructor(readonly limit: number) {}

  /**
   * The pending entry the next `record` drops, if the ring is full and it was never read: the caller
   * may fill it again and record it instead of a new one. It has lived long enough to leave the young
   * generation, and filling it again leaves nothing for the next collection to copy.
   */
  reusable(): PendingEntry | undefined {
    // Full means as long as the limit; a journal with a limit of 0 has no oldest entry.
    const oldest = this.#ring.length === this.limit ? this.#ring[this.#start] : undefined
    return oldest !== undefined && 'toEntry' in oldest ? oldest : undefined
  }

  record(entry: JournalEntry | PendingEntry): void {
    if (this.limit <= 0) return
    if (this.#ring.length < this.limit) this.#ring.push(entry)
    else {
      this.#ring[this.#start] = entry
      this.#start = (this.#start + 1) % this.limit
    }
  }

  all(): readonly JournalEntry[] {
    return this.#entries
  }

  /** Entries oldest first. */
  get #entries(): JournalEntry[] {
    for (let index = 0; index < this.#ring.length; index++) {
      const slot = this.#ring[index]
      if (slot !== undefined && 'toEntry' in slot) this.#ring[index] = slot.toEntry()
    }
    const ring = this.#ring as JournalEntry[]
    return [...ring.slice(this.#start), ...ring.slice(0, this.#start)]
  }

  find(filter: RequestFilter = {}): JournalEntry[] {
    const check = compileFilter(filter)
    return this.#entries.filter((entry) => check(entry).every((result) => result.ok))
  }

  count(filter: RequestFilter = {}): number {
    return this.find(filter).length
  }

  clear(): void {
    this.#ring.length = 0
    this.#start = 0
  }

  /** The received requests closest to the filter (most criteria met), newest first on ties. */
  nearMisses(filter: RequestFilter, limit = 3): NearMiss[] {
    const check = compileFilter(filter)
    return toNearMisses(
      this.#entries.map((entry) => ({ entry, results: check(entry) })),
      limit,
    )
  }
}

/** The entries closest to a filter (most criteria met), newest first on ties. */
export function toNearMisses(
  checked: ReadonlyArray<{ entry: JournalEntry; results: readonly CriterionResult[] }>,
  limit: number,
): NearMiss[] {
  return checked
    .filter(({ results }) => results.some((result) => !result.ok))
    .sort((a, b) => score(b.results) - score(a.results) || b.entry.id - a.entry.id)
    .slice(0, limit)
    .map(({ entry, results }) => ({ entry, differences: results.filter((result) => !result.ok) }))
}

function score(results: readonly CriterionResult[]): number {
  return results.filter((result) => result.ok).length
}

function compileFilter(filter: RequestFilter): (entry: JournalEntry) => CriterionResult[] {
  const criteria = toFilterCriteria(filter)
  return (entry) => {
    const facts = toEntryFacts(entry)
    return criteria.map((check) => check(facts, entry))
  }
}

/** A filter as one check per criterion of an entry (given as facts too, built once per entry). */
export function toFilterCriteria(
  filter: RequestFilter,
): Array<(facts: RequestFacts, entry: JournalEntry) => CriterionResult> {
  const { status, ...match } = filter
  const criteria: Array<(facts: RequestFacts, entry: JournalEntry) => CriterionResult> =
    compileCriteria(match)
  if (status !== undefined)
    criteria.push((_facts, entry) => ({
      criterion: 'status',
      ok: entry.status === status,
      expected: String(status),
      actual: String(entry.status),
    }))
  return criteria
}

/** What rules and filters match a journaled request on, as for a live one. */
export function toEntryFacts(entry: JournalEntry): RequestFacts {
  return {
    method: entry.method,
    path: entry.path,
    query: new URLSearchParams(entry.query),
    headers: new Headers(entry.headers),
    session: entry.session,
    body: entry.body,
  }
}
