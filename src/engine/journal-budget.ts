/** The bytes the journals of all sessions may keep together (`journalBytes`), and the most one body keeps. */
export const DEFAULT_JOURNAL_BYTES = 64 * 1024 * 1024
export const JOURNAL_BODY_BYTES = 64 * 1024

/** What a journal can be asked for by the budget it shares with the others. */
export interface BudgetedJournal {
  /** The id of its oldest entry (ids increase across the fake's life), or undefined when empty. */
  oldestId(): number | undefined
  /** Drops its oldest entry because the shared budget is spent. */
  dropOldestForBudget(): void
}

/** Entries dropped, and why: the session's entry limit, or the byte budget all sessions share. */
export interface DroppedCounts {
  /** Past the session's `journalLimit` (1,000 entries): its oldest went first. */
  readonly overEntryLimit: number
  /** Past the shared byte budget: the oldest entry of any session went first. */
  readonly overByteBudget: number
  /** Entries larger than the whole budget, never kept. */
  readonly tooLargeToKeep: number
}

/** The journals' totals across every session, since the fake started (`/__admin/health`). */
export interface JournalTotals {
  readonly entries: number
  readonly bytes: number
  readonly maxBytes: number
  readonly maxBodyBytes: number
  readonly dropped: DroppedCounts
  /** Entries whose body was cut at `maxBodyBytes` when recorded, and the bytes they did not keep. */
  readonly bodiesCut: number
  readonly bodyBytesCut: number
}

/**
 * The byte budget every session's journal draws from. Charged when an entry is recorded, so what
 * the journals hold is bounded whatever comes in: past the budget, the oldest entries of any session
 * are dropped until the new one fits. An entry's size is what it keeps of the request (body, URL,
 * headers: one byte a character) plus a fixed share for the object itself.
 */
export class JournalBudget {
  readonly #journals = new Set<BudgetedJournal>()
  #entries = 0
  #bytes = 0
  #overEntryLimit = 0
  #overByteBudget = 0
  #tooLargeToKeep = 0
  #bodiesCut = 0
  #bodyBytesCut = 0

  constructor(readonly maxBytes: number = DEFAULT_JOURNAL_BYTES) {}

  /**
   * Makes room for an entry of `bytes` in `journal` (dropping the oldest entries of any journal)
   * and charges it; false when it is larger than the whole budget, and so is not kept.
   * `bodyBytesCut`: the entry's body was cut when recorded, losing that many bytes.
   */
  charge(journal: BudgetedJournal, bytes: number, bodyBytesCut?: number): boolean {
    if (bodyBytesCut !== undefined) {
      this.#bodiesCut++
      this.#bodyBytesCut += bodyBytesCut
    }
    if (bytes > this.maxBytes) {
      this.#tooLargeToKeep++
      return false
    }
    while (this.#bytes + bytes > this.maxBytes && this.#dropGloballyOldest()) {}
    this.#journals.add(journal)
    this.#entries++
    this.#bytes += bytes
    return true
  }

  /** Gives back an entry's bytes: it left its journal (`reason` says why, if it was dropped). */
  release(journal: BudgetedJournal, bytes: number, reason?: 'entry-limit' | 'byte-budget'): void {
    this.#entries--
    this.#bytes -= bytes
    if (reason === 'entry-limit') this.#overEntryLimit++
    else if (reason === 'byte-budget') this.#overByteBudget++
    if (journal.oldestId() === undefined) this.#journals.delete(journal)
  }

  /** Gives back every entry of a journal that was emptied (cleared, or its session dropped). */
  releaseAll(journal: BudgetedJournal, entries: number, bytes: number): void {
    this.#entries -= entries
    this.#bytes -= bytes
    this.#journals.delete(journal)
  }

  get totals(): JournalTotals {
    return {
      entries: this.#entries,
      bytes: this.#bytes,
      maxBytes: this.maxBytes,
      maxBodyBytes: JOURNAL_BODY_BYTES,
      dropped: {
        overEntryLimit: this.#overEntryLimit,
        overByteBudget: this.#overByteBudget,
        tooLargeToKeep: this.#tooLargeToKeep,
      },
      bodiesCut: this.#bodiesCut,
      bodyBytesCut: this.#bodyBytesCut,
    }
  }

  /**
   * Drops the oldest entry of all journals. A scan of the journals that hold entries (at most one
   * per session, 101 by default), done only once the budget is spent.
   */
  #dropGloballyOldest(): boolean {
    let oldest: BudgetedJournal | undefined
    let oldestId = Number.POSITIVE_INFINITY
    for (const journal of this.#journals) {
      const id = journal.oldestId()
      if (id !== undefined && id < oldestId) {
        oldest = journal
        oldestId = id
      }
    }
    oldest?.dropOldestForBudget()
    return oldest !== undefined
  }
}
