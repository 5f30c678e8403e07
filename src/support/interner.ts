/**
 * Hands back the first value seen for a key, from a bounded table. What a long-lived structure keeps
 * per request (the journal keeps 1,000 requests a session) otherwise survives young-generation
 * collections and is copied and promoted; the same URL or headers kept as the one first seen leave
 * their new copy to die young. When the table is full it starts over: a key seen again after that is
 * kept once more, nothing is lost.
 */
export class Interner<T> {
  readonly #table = new Map<string, T>()

  constructor(readonly limit: number) {}

  /** The value first kept under `key`, or `value`, now kept under it. */
  intern(key: string, value: T): T {
    const kept = this.#table.get(key)
    if (kept !== undefined) return kept
    if (this.#table.size >= this.limit) this.#table.clear()
    this.#table.set(key, value)
    return value
  }
}
