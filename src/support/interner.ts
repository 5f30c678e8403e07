/**
 * Hands back the first value seen for a key, from a table bounded in entries and in size. What a
 * long-lived structure keeps per request (the journal keeps 1,000 requests a session) otherwise
 * survives young-generation collections and is copied and promoted; the same URL or headers kept as
 * the one first seen leave their new copy to die young. When the table is full it starts over: a key
 * seen again after that is kept once more, nothing is lost.
 */
export class Interner<T> {
  readonly #table = new Map<string, T>()
  /** The sizes of the values kept, as given to `intern`. */
  #size = 0

  /** At most `limit` values, and values of at most `maxSize` in all (one unit a character). */
  constructor(
    readonly limit: number,
    readonly maxSize: number = Number.POSITIVE_INFINITY,
  ) {}

  /** The value kept under `key`, if any (to make a value only when none is kept). */
  find(key: string): T | undefined {
    return this.#table.get(key)
  }

  /** The value first kept under `key`, or `value`, now kept under it (`size`: what keeping it costs). */
  intern(key: string, value: T, size = key.length): T {
    const kept = this.#table.get(key)
    if (kept !== undefined) return kept
    if (this.#table.size >= this.limit || this.#size + size > this.maxSize) {
      this.#table.clear()
      this.#size = 0
    }
    this.#table.set(key, value)
    this.#size += size
    return value
  }
}
