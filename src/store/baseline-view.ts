import type { Collection } from '@msw/data'
import { type VersionRecord, versionRecordSchema } from '../model/version-record.js'

export type RecordCollection = Collection<typeof versionRecordSchema>

/**
 * The baseline's version records as an `@msw/data` collection, for the generic queries (the
 * function list's name and version filters). It is built once, on the first such query, and
 * shared by reference by every store copied from the baseline: sessions, snapshots and resets
 * rebuild nothing. A store remembers which functions it wrote since, and reads those from its
 * own index instead (see `MetaStore.findRecords`).
 */
export class BaselineView {
  readonly #records: readonly VersionRecord[]
  #collection: Promise<RecordCollection> | undefined

  constructor(records: readonly VersionRecord[]) {
    this.#records = records
  }

  /** The collection, built on first use. */
  collection(): Promise<RecordCollection> {
    this.#collection ??= this.#build()
    return this.#collection
  }

  async #build(): Promise<RecordCollection> {
    // Loaded on first use: importing the data library costs ~150 ms, most of a cold start.
    const { Collection } = await import('@msw/data')
    const collection = new Collection({ schema: versionRecordSchema })
    for (const record of this.#records) await collection.create(record)
    return collection
  }
}
