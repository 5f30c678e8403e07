import type { VersionRecord } from '../model/version-record.js'

/**
 * The index of one function's version records, kept in write order (oldest first) so that
 * a page, newest first, is a slice from the end: its cost is the page's rows, not the store's.
 */
export class FunctionEntry {
  readonly #records: VersionRecord[] = []
  readonly #byVersion = new Map<string, VersionRecord>()
  #frozen = false

  /** Whether this entry is shared by several stores: it must be cloned, not changed. */
  get frozen(): boolean {
    return this.#frozen
  }

  /** Marks the entry shared (for copy on write) and returns it. */
  freeze(): this {
    this.#frozen = true
    return this
  }

  /** How many version records the function has, latest included. */
  get size(): number {
    return this.#records.length
  }

  /** The record of one version, if any. */
  get(version: string): VersionRecord | undefined {
    return this.#byVersion.get(version)
  }

  /** All version keys. */
  versions(): IterableIterator<string> {
    return this.#byVersion.keys()
  }

  /** Records newest first, from `offset` (0-based), at most `limit` of them. */
  slice(offset: number, limit: number): VersionRecord[] {
    const end = Math.max(0, this.#records.length - offset)
    const start = Math.max(0, end - limit)
    return this.#records.slice(start, end).reverse()
  }

  /** Puts a record that was just written: it becomes the newest. */
  put(record: VersionRecord): void {
    if (this.#frozen) throw new Error('yr-meta-mock: a shared function entry was about to change')
    this.remove(record.versionNumber)
    this.#records.push(record)
    this.#byVersion.set(record.versionNumber, record)
  }

  /** Removes a version's record, if present. */
  remove(version: string): VersionRecord | undefined {
    if (this.#frozen) throw new Error('yr-meta-mock: a shared function entry was about to change')
    const existing = this.#byVersion.get(version)
    if (!existing) return undefined
    // Not splice, which returns an array of what it took out: a publish rewrites the latest record.
    const records = this.#records
    const index = records.lastIndexOf(existing)
    records.copyWithin(index, index + 1)
    records.pop()
    this.#byVersion.delete(version)
    return existing
  }

  /** A private, changeable copy sharing the (immutable) records. */
  clone(): FunctionEntry {
    const copy = new FunctionEntry()
    for (const record of this.#records) {
      copy.#records.push(record)
      copy.#byVersion.set(record.versionNumber, record)
    }
    return copy
  }
}
