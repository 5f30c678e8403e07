import { type CriterionResult, compileCriteria } from '../scenarios/compile-rule.js'
import type { RequestFacts } from '../scenarios/request-facts.js'
import type { RuleMatch } from '../scenarios/scenario-schema.js'
import { type BudgetedJournal, type DroppedCounts, JournalBudget } from './journal-budget.js'

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
  /** The request body as text: at most its first 64 KiB (UTF-8), cut when it was recorded. */
  readonly body: string
  /**
   * Present when `body` is not the whole body: `bytes` is the whole body's size (UTF-8), or null
   * when the body was refused over the body limit without being read or announced.
   */
  readonly bodyCut?: { readonly bytes: number | null }
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
  readonly id: number
  toEntry(): JournalEntry
}

/** What one session's journal holds and has dropped (the `journal` of `/__admin/requests`). */
export interface JournalStats {
  readonly entries: number
  readonly bytes: number
  readonly maxEntries: number
  readonly dropped: Omit<DroppedCounts, 'tooLargeToKeep'>
}

/**
 * Requests in arrival order, bounded twice: at most `limit` entries (the session's oldest dropped
 * first), and within the byte budget every session's journal shares (the oldest of any session
 * dropped first). A ring, so recording and dropping are O(1).
 */
export class Journal implements BudgetedJournal {
  /** Entries, or how to build one: an entry becomes plain data the first time it is read. */
  #slots: Array<JournalEntry | PendingEntry | undefined> = []
  /** The budget's charge of each slot's entry. */
  #costs: number[] = []
  /** Where the oldest entry sits, and how many there are. */
  #start = 0
  #count = 0
  #bytes = 0
  #overEntryLimit = 0
  #overByteBudget = 0
  /** A closed journal (its session was dropped) keeps nothing more. */
  #closed = false

  constructor(
    readonly limit: number,
    readonly budget: JournalBudget = new JournalBudget(),
  ) {}

  get size(): number {
    return this.#count
  }

  get stats(): JournalStats {
    return {
      entries: this.#count,
      bytes: this.#bytes,
      maxEntries: this.limit,
      dropped: { overEntryLimit: this.#overEntryLimit, overByteBudget: this.#overByteBudget },
    }
  }

  /**
   * The pending entry the next `record` drops, if the ring is full and it was never read: the caller
   * may fill it again and record it instead of a new one. It has lived long enough to leave the young
   * generation, and filling it again leaves nothing for the next collection to copy.
   */
  reusable(): PendingEntry | undefined {
    // Full means as long as the limit; a journal with a limit of 0 has no oldest entry.
    const oldest = this.#count === this.limit ? this.#slots[this.#start] : undefined
    return oldest !== undefined && 'toEntry' in oldest ? oldest : undefined
  }

  /**
   * Keeps an entry that costs `bytes` of the shared budget (`bodyBytesCut`: its body was cut when
   * recorded, and lost that many bytes). Past the session's limit its oldest entry goes; past the
   * budget, the oldest of any session.
   */
  record(entry: JournalEntry | PendingEntry, bytes = 0, bodyBytesCut?: number): void {
    if (this.limit <= 0 || this.#closed) return
    if (this.#count === this.limit) this.#dropOldest('entry-limit')
    if (!this.budget.charge(this, bytes, bodyBytesCut)) return
    if (this.#count === this.#slots.length) this.#grow()
    const index = (this.#start + this.#count) % this.#slots.length
    this.#slots[index] = entry
    this.#costs[index] = bytes
    this.#count++
    this.#bytes += bytes
  }

  oldestId(): number | undefined {
    return this.#count === 0 ? undefined : this.#slots[this.#start]?.id
  }

  dropOldestForBudget(): void {
    this.#dropOldest('byte-budget')
  }

  all(): readonly JournalEntry[] {
    return this.#entries
  }

  /** Entries oldest first. */
  get #entries(): JournalEntry[] {
    const entries: JournalEntry[] = new Array(this.#count)
    for (let n = 0; n < this.#count; n++) {
      const index = (this.#start + n) % this.#slots.length
      let slot = this.#slots[index] as JournalEntry | PendingEntry
      if ('toEntry' in slot) {
        slot = slot.toEntry()
        this.#slots[index] = slot
      }
      entries[n] = slot
    }
    return entries
  }

  find(filter: RequestFilter = {}): JournalEntry[] {
    const check = compileFilter(filter)
    return this.#entries.filter((entry) => check(entry).every((result) => result.ok))
  }

  count(filter: RequestFilter = {}): number {
    return this.find(filter).length
  }

  /**
   * Empties the journal (what was asked for is not counted as dropped), at once: the pool closes a
   * session's full journal every time it evicts one, which in a churn of sessions is every request.
   */
  clear(): void {
    this.budget.releaseAll(this, this.#count, this.#bytes)
    // A cleared ring that held nothing is left as it is: no two empty arrays per evicted session.
    if (this.#slots.length > 0) {
      this.#slots = []
      this.#costs = []
    }
    this.#start = 0
    this.#count = 0
    this.#bytes = 0
  }

  /** Empties the journal for good: its session was dropped, and a request still in flight keeps nothing. */
  close(): void {
    this.clear()
    this.#closed = true
  }

  /** The received requests closest to the filter (most criteria met), newest first on ties. */
  nearMisses(filter: RequestFilter, limit = 3): NearMiss[] {
    const check = compileFilter(filter)
    return toNearMisses(
      this.#entries.map((entry) => ({ entry, results: check(entry) })),
      limit,
    )
  }

  #dropOldest(reason?: 'entry-limit' | 'byte-budget'): void {
    const cost = this.#costs[this.#start] as number
    this.#slots[this.#start] = undefined
    this.#start = (this.#start + 1) % this.#slots.length
    this.#count--
    this.#bytes -= cost
    if (reason === 'entry-limit') this.#overEntryLimit++
    else if (reason === 'byte-budget') this.#overByteBudget++
    this.budget.release(this, cost, reason)
  }

  /**
   * Doubles the ring (up to the limit), the oldest entry first again. It starts at 2: under a churn
   * of sessions (the soak's mix: a new one per request) most journals hold one entry before their
   * session is evicted, and a ring of 16 was two arrays of 16 that outlived a collection.
   */
  #grow(): void {
    const capacity = Math.min(this.limit, Math.max(2, this.#slots.length * 2))
    const order = (n: number) => (this.#start + n) % this.#slots.length
    const slots = new Array(capacity)
    const costs = new Array(capacity)
    for (let n = 0; n < this.#count; n++) {
      slots[n] = this.#slots[order(n)]
      costs[n] = this.#costs[order(n)]
    }
    this.#slots = slots
    this.#costs = costs
    this.#start = 0
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
