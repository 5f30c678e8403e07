import { Collection } from '@msw/data'
import { type TenantScope, toScopeKey } from '../model/scope.js'
import { type VersionData, type VersionRecord, versionRecordSchema } from '../model/version-record.js'
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

/**
 * The fake's etcd: an `@msw/data` collection of version records (the source of truth,
 * schema-checked on every write) plus per-function indexes that serve the hot read paths
 * without the collection's full scans. Every write goes through `commit`, one at a time.
 */
export class MetaStore {
  readonly versions = new Collection({ schema: versionRecordSchema })
  readonly #functions = new Map<string, FunctionEntry>()
  /** Reserve-instance configurations: by function version, then by label. */
  readonly reservations = new Map<string, Map<string, readonly InstanceConfig[]>>()
  #revision = 0
  #writeOrder = 0
  #tail: Promise<unknown> = Promise.resolve()

  /** The store-wide write revision (etcd's ModRevision of the last write). */
  get revision(): number {
    return this.#revision
  }

  /** The index entry of a function, if it has any version record. */
  findFunction(scope: TenantScope, name: string): FunctionEntry | undefined {
    return this.#functions.get(toFunctionKey(scope, name))
  }

  /** Runs `operation` after every earlier one has finished, so checks and writes never interleave. */
  exclusive<T>(operation: () => T | Promise<T>): Promise<T> {
    const result = this.#tail.then(operation)
    this.#tail = result.catch(() => undefined)
    return result
  }

  /** Applies one transaction: all its records share one revision; later puts sort first. */
  async commit(write: StoreWrite): Promise<VersionRecord[]> {
    const revision = this.#revision + 1
    // Validate everything before touching anything, so a bad write leaves no half.
    const records = (write.puts ?? []).map((data) =>
      versionRecordSchema.parse({ ...data, modRevision: revision, writeOrder: ++this.#writeOrder }),
    )
    const created = await Promise.all(records.map((record) => this.versions.create(record)))
    this.#revision = revision
    this.#applyToIndex(write, created)
    return created
  }

  #applyToIndex(write: StoreWrite, created: VersionRecord[]): void {
    const key = toFunctionKey(write.scope, write.name)
    const entry = this.#functions.get(key) ?? new FunctionEntry()
    for (const version of write.deletes ?? []) this.#dropFromCollection(entry.remove(version))
    for (const record of created) {
      this.#dropFromCollection(entry.get(record.versionNumber))
      entry.put(record)
    }
    if (entry.size === 0) this.#functions.delete(key)
    else this.#functions.set(key, entry)
  }

  #dropFromCollection(record: VersionRecord | undefined): void {
    if (record) this.versions.delete(record as Parameters<typeof this.versions.delete>[0])
  }
}

function toFunctionKey(scope: TenantScope, name: string): string {
  return `${toScopeKey(scope)}/${name}`
}
