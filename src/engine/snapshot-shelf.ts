import type { MetaEngine, MetaSnapshot } from './meta-engine.js'

/** How many snapshots a shelf keeps, and how many bytes of written data in all (the oldest go first). */
export const SNAPSHOT_LIMIT = 50
export const SNAPSHOT_BYTES = 64 * 1024 * 1024

/** A snapshot too large for the shelf even once empty: refused, naming the limit. */
export interface SnapshotRefusal {
  readonly error: string
  readonly bytes: number
  readonly limit: number
}

/**
 * Named snapshots, bounded in count and in bytes when each is put on the shelf. A snapshot's size
 * is the data its session wrote since the baseline (`MetaStore.writtenBytes`): what it shares with
 * the baseline costs nothing.
 */
export class SnapshotShelf<T extends { readonly snapshot: MetaSnapshot }> {
  readonly #kept = new Map<string, { item: T; bytes: number }>()
  #bytes = 0
  #nextId = 1

  constructor(
    readonly limit = SNAPSHOT_LIMIT,
    readonly maxBytes = SNAPSHOT_BYTES,
  ) {}

  /** Keeps an item under the next id (`make` builds it), dropping the oldest to make room. */
  add(snapshot: MetaSnapshot, make: (id: string) => T): T | SnapshotRefusal {
    const bytes = snapshot.store.writtenBytes()
    if (bytes > this.maxBytes)
      return {
        error:
          `the snapshot holds ~${bytes} bytes of data written since the baseline, over the ` +
          `${this.maxBytes}-byte limit of what snapshots keep; reset or delete data in the session first`,
        bytes,
        limit: this.maxBytes,
      }
    const id = String(this.#nextId++)
    const item = make(id)
    this.#kept.set(id, { item, bytes })
    this.#bytes += bytes
    for (const [oldId, old] of this.#kept) {
      if (this.#kept.size <= this.limit && this.#bytes <= this.maxBytes) break
      this.#kept.delete(oldId)
      this.#bytes -= old.bytes
    }
    return item
  }

  get(id: string): T | undefined {
    return this.#kept.get(id)?.item
  }

  /** The ids kept, oldest first. */
  ids(): string[] {
    return [...this.#kept.keys()]
  }

  /** The items kept, oldest first. */
  items(): T[] {
    return [...this.#kept.values()].map(({ item }) => item)
  }

  /** The bytes the kept snapshots hold (as measured when each was kept). */
  get bytes(): number {
    return this.#bytes
  }
}

/** Whether `add` refused the snapshot. */
export function isRefusal<T extends object>(added: T | SnapshotRefusal): added is SnapshotRefusal {
  return 'error' in added && 'limit' in added
}

/** A snapshot as `/__admin/snapshots` and the dashboard both see it: they share one shelf, one id space. */
export interface KeptSnapshot {
  readonly id: string
  readonly session: string
  readonly takenAt: string
  readonly records: number
  readonly snapshot: MetaSnapshot
}

/**
 * Takes a snapshot of `session` and keeps it on `shelf`, or says why not (over the byte budget).
 * @example keepSnapshot(shelf, engine, 'default')
 */
export function keepSnapshot(
  shelf: SnapshotShelf<KeptSnapshot>,
  engine: MetaEngine,
  session: string,
): KeptSnapshot | SnapshotRefusal {
  const snapshot = engine.snapshot(session)
  const takenAt = new Date().toISOString()
  return shelf.add(snapshot, (id) => ({
    id,
    session,
    takenAt,
    records: snapshot.store.recordCount,
    snapshot,
  }))
}
