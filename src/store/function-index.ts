import { FunctionEntry } from './function-entry.js'

/**
 * A store's functions by key, copied on write per function. Copies share one map (`#shared`, never
 * changed once shared, its entries frozen) and each lays its own writes over it (`#own`): a copy's
 * first write costs an entry, not a copy of the whole map. Under the soak's mix every request is a
 * new session's, and copying the default seed's map on each first write was most of what a session
 * kept (decision 0042). Read whole, the index lists its functions as one Map written all along would.
 */
export class FunctionIndex {
  /** The map this index reads under `#own`; changed in place only while no copy shares it. */
  #map: Map<string, FunctionEntry>
  #shared: boolean
  /** Functions written since `#map` was shared: a function's own entry, or `null` when deleted. */
  #own: Map<string, FunctionEntry | null> | undefined
  /** Keys of `#own` written anew after their delete: a Map lists such a key last. */
  #readded: Set<string> | undefined

  constructor(map: Map<string, FunctionEntry> = new Map(), shared = false) {
    this.#map = map
    this.#shared = shared
  }

  /** A copy sharing this index's map (with its own writes laid over it first), every entry frozen. */
  share(): FunctionIndex {
    if (this.#own !== undefined) {
      this.#map = this.#merged()
      this.#shared = false
      this.#own = undefined
      this.#readded = undefined
    }
    if (!this.#shared) {
      for (const entry of this.#map.values()) entry.freeze()
      this.#shared = true
    }
    return new FunctionIndex(this.#map, true)
  }

  get(key: string): FunctionEntry | undefined {
    const own = this.#own?.get(key)
    return own === undefined ? this.#map.get(key) : (own ?? undefined)
  }

  /**
   * The entry a write changes: the function's own one, a private clone of a shared (frozen) one, or
   * a new one. `set` must follow with it.
   */
  toWrite(key: string): { readonly existing: FunctionEntry | undefined; readonly entry: FunctionEntry } {
    const existing = this.get(key)
    const entry = existing === undefined ? new FunctionEntry() : existing.frozen ? existing.clone() : existing
    return { existing, entry }
  }

  /** Puts a written entry (one with no record: the function is deleted). `existing`: from `toWrite`. */
  set(key: string, existing: FunctionEntry | undefined, entry: FunctionEntry): void {
    if (!this.#shared) {
      if (entry.size === 0) this.#map.delete(key)
      else this.#map.set(key, entry)
      return
    }
    const own = this.#own ?? new Map<string, FunctionEntry | null>()
    this.#own = own
    if (existing === undefined && entry.size > 0) {
      // New to the index: it lists last, and after its own delete, after the shared map's keys too.
      own.delete(key)
      if (this.#map.has(key)) {
        this.#readded ??= new Set()
        this.#readded.add(key)
      }
    }
    own.set(key, entry.size === 0 ? null : entry)
  }

  /** How many version records the index holds. */
  countRecords(): number {
    let count = 0
    const own = this.#own
    if (own === undefined) for (const entry of this.#map.values()) count += entry.size
    else {
      for (const [key, entry] of this.#map) if (!own.has(key)) count += entry.size
      for (const entry of own.values()) count += entry?.size ?? 0
    }
    return count
  }

  /** How many functions the index holds. */
  get size(): number {
    let size = this.#map.size
    if (this.#own !== undefined)
      for (const [key, entry] of this.#own) size += (entry === null ? 0 : 1) - (this.#map.has(key) ? 1 : 0)
    return size
  }

  /** The whole index in the order of one Map written all along (built when a copy has written). */
  ordered(): ReadonlyMap<string, FunctionEntry> {
    return this.#own === undefined ? this.#map : this.#merged()
  }

  #merged(): Map<string, FunctionEntry> {
    const merged = new Map(this.#map)
    for (const [key, entry] of this.#own ?? []) {
      if (entry === null || this.#readded?.has(key)) merged.delete(key)
      if (entry !== null) merged.set(key, entry)
    }
    return merged
  }
}
