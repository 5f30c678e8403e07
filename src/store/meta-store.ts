import type { Collection } from '@msw/data'
import { type TenantScope, toScopeKey } from '../model/scope.js'
import {
  toStoredRecord,
  type VersionData,
  type VersionRecord,
  versionRecordSchema,
} from '../model/version-record.js'
import { FunctionEntry } from './function-entry.js'

/** One cluster's reserved instances for a label. */
export interface InstanceConfig {
  readonly clusterId: string
  readonly maxInstance: number
  readonly minInstance: number
}

/** One atomic write: records to put and version keys to delete, like an etcd transaction. */
export interface StoreWrite {
  readonly scope: TenantScope
  readonly name: string
  readonly puts?: readonly VersionData[]
  readonly deletes?: readonly string[]
}

type RecordCollection = Collection<typeof versionRecordSchema>

/**
 * The fake's etcd. Records are immutable, schema-checked on every write, and indexed per function
 * (the hot paths read slices of the index). Generic queries go to an `@msw/data` collection of the
 * same records, built on first use and kept in step afterwards, so copying a store (for sessions,
 * snapshots and resets) copies references, not records. Writes run one at a time (`exclusive`).
 */
export class MetaStore {
  readonly #functions: Map<string, FunctionEntry>
  /** Reserve-instance configurations: by function version, then by label. */
  readonly reservations: Map<string, Map<string, readonly InstanceConfig[]>>
  #revision: number
  #writeOrder: number
  #tail: Promise<unknown> = Promise.resolve()
  /** Operations queued or running; when 0, a synchronous operation may run at once. */
  #pending = 0
  #view: RecordCollection | undefined
  /**
   * Whether every written record is checked against the schema. Off only while the baseline is
   * written: its records come from generated data and validated fixtures, and checking 100,000 of
   * them is a third of a cold start. API writes are always checked.
   */
  validateWrites = true
  /** Writes the view has not seen yet: records to add and records to drop. */
  #viewBacklog: Array<{ readonly add?: VersionRecord; readonly drop?: VersionRecord }> = []

  constructor(from?: MetaStore) {
    this.#functions = new Map()
    this.reservations = new Map()
    this.#revision = 0
    this.#writeOrder = 0
    if (from) this.#copyFrom(from)
  }

  #copyFrom(from: MetaStore): void {
    this.validateWrites = true
    // Copy on write: both stores share each function's entry, frozen, until one of them writes it.
    for (const [key, entry] of from.#functions) this.#functions.set(key, entry.freeze())
    for (const [key, labels] of from.reservations) this.reservations.set(key, new Map(labels))
    this.#revision = from.#revision
    this.#writeOrder = from.#writeOrder
  }

  /** How many version records the store holds. */
  get recordCount(): number {
    let count = 0
    for (const entry of this.#functions.values()) count += entry.size
    return count
  }

  /** The store-wide write revision (etcd's ModRevision of the last write). */
  get revision(): number {
    return this.#revision
  }

  /** An independent copy: later writes to either do not show in the other. */
  clone(): MetaStore {
    return new MetaStore(this)
  }

  /** The index entry of a function, if it has any version record. */
  findFunction(scope: TenantScope, name: string): FunctionEntry | undefined {
    return this.#functions.get(toFunctionKey(scope, name))
  }

  /** Every record, function by function, each newest first. */
  allRecords(): VersionRecord[] {
    return [...this.#functions.values()].flatMap((entry) => entry.slice(0, entry.size))
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
        return Promise.reject(error)
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

  /** The `@msw/data` collection of every record, for generic queries; call inside `exclusive`. */
  async queryView(): Promise<RecordCollection> {
    if (!this.#view) {
      // Loaded on first use: importing the data library costs ~150 ms, most of a cold start.
      const { Collection } = await import('@msw/data')
      this.#view = new Collection({ schema: versionRecordSchema })
      this.#viewBacklog = this.allRecords().map((record) => ({ add: record }))
    }
    const view = this.#view
    for (const { add, drop } of this.#viewBacklog.splice(0)) {
      if (drop) view.delete((q) => q.where((record) => record.writeOrder === drop.writeOrder))
      if (add) await view.create(add)
    }
    return view
  }

  /** Applies one transaction: all its records share one revision; later puts sort first. */
  commit(write: StoreWrite): VersionRecord[] {
    const revision = this.#revision + 1
    // Validate everything before touching anything, so a bad write leaves no half.
    const records = (write.puts ?? []).map((data) => {
      const record = toStoredRecord(data, revision, ++this.#writeOrder)
      // Checked, but the record itself is kept: zod's parse returns deep copies, and sharing the
      // nested objects a publish copies from latest keeps 100,000 records within the memory budget.
      if (this.validateWrites) versionRecordSchema.parse(record)
      return Object.freeze(record)
    })
    this.#revision = revision
    this.#applyToIndex(write, records)
    return records
  }

  #applyToIndex(write: StoreWrite, created: VersionRecord[]): void {
    const key = toFunctionKey(write.scope, write.name)
    const existing = this.#functions.get(key)
    const entry = existing === undefined ? new FunctionEntry() : existing.frozen ? existing.clone() : existing
    for (const version of write.deletes ?? []) this.#noteDropped(entry.remove(version))
    for (const record of created) {
      this.#noteDropped(entry.get(record.versionNumber))
      entry.put(record)
      if (this.#view) this.#viewBacklog.push({ add: record })
    }
    if (entry.size === 0) this.#functions.delete(key)
    else this.#functions.set(key, entry)
  }

  #noteDropped(record: VersionRecord | undefined): void {
    if (record && this.#view) this.#viewBacklog.push({ drop: record })
  }
}

function toFunctionKey(scope: TenantScope, name: string): string {
  return `${toScopeKey(scope)}/${name}`
}
