/** Names one resource's slot in a store; `T` is the type of its (immutable) values. */
export interface SlotKey<T> {
  readonly name: string
  /** Only carries the value type; never read. */
  readonly _value?: T
}

/**
 * Declares a store slot for a resource beside the function index (reserve-instance, pod pools).
 * @example const podPools = defineSlot<PodPool>('podpools')
 */
export function defineSlot<T>(name: string): SlotKey<T> {
  return Object.freeze({ name })
}

/** A slot's values as readers see them. */
export interface SlotView<T> {
  get(key: string): T | undefined
  readonly size: number
  entries(): IterableIterator<[string, T]>
}

/**
 * One resource's values by key. Copies share the map until either of them writes (copy on
 * write), so a new session costs nothing per slot. Values are replaced whole, never changed.
 */
export class KeyedSlot<T> implements SlotView<T> {
  #map: Map<string, T>
  #shared: boolean

  constructor(map: Map<string, T> = new Map(), shared = false) {
    this.#map = map
    this.#shared = shared
  }

  get(key: string): T | undefined {
    return this.#map.get(key)
  }

  get size(): number {
    return this.#map.size
  }

  entries(): IterableIterator<[string, T]> {
    return this.#map.entries()
  }

  /** A copy that shares this slot's map until one of the two writes. */
  share(): KeyedSlot<T> {
    this.#shared = true
    return new KeyedSlot(this.#map, true)
  }

  /** Puts or (with `undefined`) deletes values. Only the store calls this, inside a commit. */
  apply(changes: ReadonlyArray<readonly [string, T | undefined]>): void {
    if (this.#shared) {
      this.#map = new Map(this.#map)
      this.#shared = false
    }
    for (const [key, value] of changes) {
      if (value === undefined) this.#map.delete(key)
      else this.#map.set(key, Object.freeze(value))
    }
  }
}

/** What a slot never written reads as, in every store: never written itself. */
export const EMPTY_SLOT: SlotView<unknown> = new KeyedSlot<unknown>()

/** A store's slots taken as its own: a new map of each slot shared (`share`), for its first slot write. */
export function shareEach(slots: ReadonlyMap<string, KeyedSlot<unknown>>): Map<string, KeyedSlot<unknown>> {
  const own = new Map<string, KeyedSlot<unknown>>()
  for (const [name, slot] of slots) own.set(name, slot.share())
  return own
}
