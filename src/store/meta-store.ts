import { checkVersionRecord } from '../model/check-version-record.js'
import type { TenantScope } from '../model/scope.js'
import { toStoredRecord, type VersionData, type VersionRecord } from '../model/version-record.js'
import { rejectOnceAwaited } from '../support/maybe-promise.js'
import { BaselineOrder, compareNewestFirst, mergeNewestFirst } from './baseline-order.js'
import type { FunctionEntry } from './function-entry.js'
import { FunctionIndex } from './function-index.js'
import { EMPTY_SLOT, KeyedSlot, type SlotKey, type SlotView, shareEach } from './keyed-slot.js'
import { toFunctionKey, toKeyDescendingOrder } from './record-keys.js'
import { INDEX_ENTRY_BYTES, toJsonLength } from './written-bytes.js'

/** One atomic write of version records: records to put and version keys to delete, like an etcd transaction. */
export interface StoreWrite {
  readonly scope: TenantScope
  readonly name: string
  readonly puts?: readonly VersionData[]
  readonly deletes?: readonly string[]
}

/** One atomic write to a resource's slot: values to put, or (`undefined`) keys to delete. */
export type SlotWrite<T> = ReadonlyArray<readonly [string, T | undefined]>

/**
 * The fake's etcd. Version records are immutable, schema-checked on every write, and indexed per
 * function (the hot paths read slices of the index); generic queries read the baseline's records in
 * write order plus the functions written since. Other resources live in slots. Every
 * write, to any of them, takes the next write revision. Copying a store (for sessions, snapshots
 * and resets) copies references, not records. Writes run one at a time (`exclusive`).
 */
export class MetaStore {
  // Set by the constructor or `#copyFrom`: no empty map, set and identity made and dropped per copy.
  /** Shared with copies, each writing over it per function (`FunctionIndex`). */
  #functions!: FunctionIndex
  /** The resources' slots by name; shared with copies (`#slotsShared`) until one of them writes a slot. */
  #slots!: Map<string, KeyedSlot<unknown>>
  #slotsShared = false
  #revision = 0
  /**
   * Stands for the data as it is now: a new object at every write, shared by copies until they
   * write. Stores with the same identity hold the same data, so what was derived from one (an
   * answer to a GET) fits the other: a new session reads the answers its template already made.
   * Made when first read after a write (`undefined` until then): a seed writes 130,000 times unread.
   */
  #dataIdentity: object | undefined
  #writeOrder = 0
  /** The last queued operation; a settled promise shared by all stores until one queues. */
  #tail: Promise<unknown> = SETTLED
  /** Operations queued or running; when 0, a synchronous operation may run at once. */
  #pending = 0
  #order: BaselineOrder = BaselineOrder.EMPTY
  /** Functions written since `#order` was taken: generic queries read them from the index. */
  #changed!: Set<string>
  /**
   * Whether every written record is checked against the schema. Off only while the baseline is
   * written: its records come from generated data and validated fixtures, and checking 100,000 of
   * them is a third of a cold start. API writes are always checked.
   */
  validateWrites = true

  constructor(from?: MetaStore) {
    if (from) this.#copyFrom(from)
    else {
      this.#functions = new FunctionIndex()
      this.#slots = new Map()
      this.#changed = new Set()
    }
  }

  #copyFrom(from: MetaStore): void {
    this.validateWrites = true
    // Copy on write: both stores share the map, and each entry, frozen, until one of them writes.
    this.#functions = from.#functions.share()
    // The slots too: a copy that never writes one (most sessions) makes no map and no slot.
    this.#slots = from.#slots
    from.#slotsShared = true
    this.#slotsShared = true
    this.#order = from.#order
    this.#changed = from.#changed.size === 0 ? NOTHING_CHANGED : new Set(from.#changed)
    this.#revision = from.#revision
    this.#dataIdentity = from.dataIdentity
    this.#writeOrder = from.#writeOrder
  }

  /** How many version records the store holds. */
  get recordCount(): number {
    return this.#functions.countRecords()
  }

  /**
   * About how many bytes this store holds beyond the baseline it was copied from: the JSON of every
   * function and slot value written since, and its own copy of the function index once it wrote.
   * For budgets of what is kept (snapshots): measured when asked, in time linear in what was written.
   */
  writtenBytes(): number {
    let bytes = this.#changed.size === 0 ? 0 : this.#functions.size * INDEX_ENTRY_BYTES
    for (const key of this.#changed) {
      const entry = this.#functions.get(key)
      if (entry) bytes += toJsonLength(entry.slice(0, entry.size))
    }
    for (const slot of this.#slots.values())
      for (const [key, value] of slot.entries()) bytes += key.length + toJsonLength(value)
    return bytes
  }

  /** The store-wide write revision (etcd's ModRevision of the last write). */
  get revision(): number {
    return this.#revision
  }

  /** The identity of the data as it is now (see `#dataIdentity`). */
  get dataIdentity(): object {
    this.#dataIdentity ??= {}
    return this.#dataIdentity
  }

  /** An independent copy: later writes to either do not show in the other. */
  clone(): MetaStore {
    return new MetaStore(this)
  }

  /**
   * Takes another store's data as its own, in one step: a hot reload prepares its change on a copy
   * and swaps it in only once every copy is ready. Whoever holds this store (a request in flight)
   * then reads and writes the new data; queued operations stay queued.
   */
  replaceWith(from: MetaStore): void {
    this.#copyFrom(from)
  }

  /** The index entry of a function, if it has any version record. */
  findFunction(scope: TenantScope, name: string): FunctionEntry | undefined {
    return this.#functions.get(toFunctionKey(scope, name))
  }

  /**
   * The newest record of each function, in the index's order: for what all of a function's records
   * share (its scope and name) without listing every record (the banner counts functions this way).
   */
  *newestOfEachFunction(): Generator<VersionRecord> {
    for (const entry of this.#functions.ordered().values()) {
      const [newest] = entry.slice(0, 1)
      if (newest) yield newest
    }
  }

  /** Every record, function by function, each newest first. */
  allRecords(): VersionRecord[] {
    return [...this.#functions.ordered().values()].flatMap((entry) => entry.slice(0, entry.size))
  }

  /**
   * Runs `operation` after every earlier one has finished, so checks and writes never interleave.
   * With nothing queued, a synchronous operation runs at once (seeding 100,000 records is mostly this).
   */
  exclusive<T>(operation: () => T | Promise<T>): Promise<T> {
    if (this.#pending === 0) {
      let value: T | Promise<T>
      try {
        value = operation()
      } catch (error) {
        return rejectOnceAwaited(error)
      }
      if (!(value instanceof Promise)) return Promise.resolve(value)
      return this.#track(value)
    }
    return this.#track(this.#tail.then(operation))
  }

  #track<T>(result: Promise<T>): Promise<T> {
    this.#pending++
    const settled = result.finally(() => {
      this.#pending--
    })
    this.#tail = settled.catch(() => undefined)
    return settled
  }

  /**
   * Makes the records held now the baseline that generic queries read in write order; the engine
   * calls it once a baseline is written. Copies made afterwards share it.
   */
  sealBaseline(): void {
    this.#order = BaselineOrder.of(
      [...this.#functions.ordered()].map(([key, entry]) => [key, entry.slice(0, entry.size)] as const),
    )
    this.#changed = new Set()
  }

  /** Every record that passes `keep`, newest write first: the baseline's order merged with what was written since. */
  findRecords(keep: (record: VersionRecord) => boolean): VersionRecord[] {
    const found = this.#order.filter(keep, this.#changed)
    if (this.#changed.size === 0) return found
    const own: VersionRecord[] = []
    for (const entry of this.#changedEntries())
      for (const record of entry.slice(0, entry.size)) if (keep(record)) own.push(record)
    return mergeNewestFirst(found, own.sort(compareNewestFirst))
  }

  /** Whether any version record passes `keep`: a scan that stops at the first. */
  hasRecord(keep: (record: VersionRecord) => boolean): boolean {
    if (this.#order.some(keep, this.#changed)) return true
    for (const entry of this.#changedEntries()) if (entry.slice(0, entry.size).some(keep)) return true
    return false
  }

  *#changedEntries(): Generator<FunctionEntry> {
    for (const key of this.#changed) {
      const entry = this.#functions.get(key)
      if (entry) yield entry
    }
  }

  /** A resource's slot, for reading (empty until its first write). */
  slot<T>(key: SlotKey<T>): SlotView<T> {
    return (this.#slots.get(key.name) as KeyedSlot<T> | undefined) ?? (EMPTY_SLOT as SlotView<T>)
  }

  /** Applies one write to a resource's slot: it takes the next write revision. */
  commitSlot<T>(key: SlotKey<T>, write: SlotWrite<T>): number {
    this.#slotOf(key).apply(write)
    this.#dataIdentity = undefined
    this.#revision += 1
    return this.#revision
  }

  /** A slot to write: the slots' map made this store's own first (each slot copied on its write). */
  #slotOf<T>(key: SlotKey<T>): KeyedSlot<T> {
    if (this.#slotsShared) {
      this.#slots = shareEach(this.#slots)
      this.#slotsShared = false
    }
    const slot = this.#slots.get(key.name) ?? new KeyedSlot<unknown>()
    this.#slots.set(key.name, slot)
    return slot as KeyedSlot<T>
  }

  /**
   * Applies one transaction: all its records share one revision, and among them etcd's key order
   * decides (the smaller key lists first, so `$latest` comes before the version a publish writes).
   * Returns the records in the order of `write.puts`.
   */
  commit(write: StoreWrite): VersionRecord[] {
    const revision = this.#revision + 1
    const puts = write.puts ?? NONE
    // The write order inside a revision: the largest key is written first, so it lists last.
    const byKeyDescending = toKeyDescendingOrder(puts)
    const records: VersionRecord[] = new Array(puts.length)
    // Validate everything before touching anything, so a bad write leaves no half.
    for (const index of byKeyDescending) {
      const record = toStoredRecord(puts[index] as VersionData, revision, ++this.#writeOrder)
      // Checked, but the record itself is kept: zod's parse returns deep copies, and sharing the
      // nested objects a publish copies from latest keeps 100,000 records within the memory budget.
      if (this.validateWrites) checkVersionRecord(record)
      records[index] = Object.freeze(record)
    }
    this.#revision = revision
    this.#applyToIndex(
      write,
      byKeyDescending.map((index) => records[index] as VersionRecord),
    )
    return records
  }

  /**
   * Puts records exactly as another server stored them (an imported tenant), with their own revisions.
   * Each function's index takes its records in the order given, oldest first: the real server orders a
   * function's versions list apart from the tenant's list (ties of one transaction: key order there,
   * etcd's sort here), so the two orders travel separately, one as array order, one as `modRevision`.
   */
  putExact(records: readonly VersionRecord[]): void {
    for (const record of records) {
      this.#applyToIndex({ scope: record, name: record.name }, [Object.freeze({ ...record })])
      this.#revision = Math.max(this.#revision, record.modRevision)
      this.#writeOrder = Math.max(this.#writeOrder, record.writeOrder)
    }
  }

  #applyToIndex(write: StoreWrite, created: VersionRecord[]): void {
    this.#dataIdentity = undefined
    const key = toFunctionKey(write.scope, write.name)
    const { existing, entry } = this.#functions.toWrite(key)
    for (const version of write.deletes ?? NONE) entry.remove(version)
    for (const record of created) entry.put(record)
    if (this.#changed === NOTHING_CHANGED) this.#changed = new Set()
    this.#changed.add(key)
    this.#functions.set(key, existing, entry)
  }
}

/** Settled once, shared by every store that has queued nothing (`#tail`): one promise fewer per session. */
const SETTLED: Promise<unknown> = Promise.resolve()

/** No puts or no deletes, one array for every write without them. */
const NONE: readonly never[] = []

/** The `#changed` of every store with nothing written since its baseline: never changed itself. */
const NOTHING_CHANGED: Set<string> = new Set()
