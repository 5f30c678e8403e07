import type { VersionRecord } from '../model/version-record.js'

/**
 * The baseline's version records, newest write first, each beside the key of its function. Built
 * once when a baseline is sealed (at `ready`, not on a request) and shared by reference by every
 * store copied from it: sessions, snapshots and resets rebuild nothing. A generic query (the
 * function list) reads it in order, so it costs a scan with its filters and no sort and no build.
 */
export class BaselineOrder {
  static readonly EMPTY = new BaselineOrder([], [])

  private constructor(
    /** Newest write first. */
    readonly records: readonly VersionRecord[],
    /** `functionKeys[i]` is the store key of `records[i]`'s function. */
    readonly functionKeys: readonly string[],
  ) {}

  /** The records that pass `keep`, newest first, but none of the functions in `skip`. */
  filter(keep: (record: VersionRecord) => boolean, skip: ReadonlySet<string>): VersionRecord[] {
    const found: VersionRecord[] = []
    const { records, functionKeys } = this
    for (let index = 0; index < records.length; index++) {
      const record = records[index] as VersionRecord
      if (keep(record) && (skip.size === 0 || !skip.has(functionKeys[index] as string))) found.push(record)
    }
    return found
  }

  /** Whether any record passes `keep`, outside the functions in `skip`. */
  some(keep: (record: VersionRecord) => boolean, skip: ReadonlySet<string>): boolean {
    const { records, functionKeys } = this
    for (let index = 0; index < records.length; index++) {
      const record = records[index] as VersionRecord
      if (keep(record) && (skip.size === 0 || !skip.has(functionKeys[index] as string))) return true
    }
    return false
  }

  /** The order of every record of `functions` (a store's function index, key to its records). */
  static of(functions: Iterable<readonly [string, readonly VersionRecord[]]>): BaselineOrder {
    const records: VersionRecord[] = []
    const keys: string[] = []
    for (const [key, own] of functions)
      for (const record of own) {
        records.push(record)
        keys.push(key)
      }
    const order = orderByWriteOrder(records) ?? orderBySort(records)
    return new BaselineOrder(
      order.map((index) => records[index] as VersionRecord),
      order.map((index) => keys[index] as string),
    )
  }
}

/**
 * The newest-first order in linear time, placing each record at its write order: a store numbers its
 * writes one by one and a later write never has a lower revision. `undefined` when that does not hold
 * (imported records keep another server's numbers), and the order is then sorted.
 */
function orderByWriteOrder(records: readonly VersionRecord[]): number[] | undefined {
  let highest = 0
  for (const { writeOrder } of records) {
    if (!Number.isSafeInteger(writeOrder) || writeOrder < 0 || writeOrder > 4 * records.length + 1024)
      return undefined
    highest = Math.max(highest, writeOrder)
  }
  const at = new Int32Array(highest + 1).fill(-1)
  for (let index = 0; index < records.length; index++) {
    const { writeOrder } = records[index] as VersionRecord
    if (at[writeOrder] !== -1) return undefined
    at[writeOrder] = index
  }
  const order: number[] = []
  for (let writeOrder = highest; writeOrder >= 0; writeOrder--) {
    const index = at[writeOrder] as number
    if (index === -1) continue
    const newer = order.length === 0 ? undefined : records[order[order.length - 1] as number]
    if (newer && compareNewestFirst(newer, records[index]) > 0) return undefined
    order.push(index)
  }
  return order
}

/** Stable: records of one revision and write order (imported ones may tie) keep the index's order. */
function orderBySort(records: readonly VersionRecord[]): number[] {
  return records.map((_, index) => index).sort((a, b) => compareNewestFirst(records[a], records[b]))
}

/** Newest write first: the higher revision, then within one revision the later write. */
export function compareNewestFirst(a: VersionRecord | undefined, b: VersionRecord | undefined): number {
  return (b?.modRevision ?? 0) - (a?.modRevision ?? 0) || (b?.writeOrder ?? 0) - (a?.writeOrder ?? 0)
}

/** Two lists, each newest first, as one; on a tie the baseline's record comes first, as a stable sort would put it. */
export function mergeNewestFirst(baseline: VersionRecord[], own: VersionRecord[]): VersionRecord[] {
  if (own.length === 0) return baseline
  const merged: VersionRecord[] = new Array(baseline.length + own.length)
  let [left, right] = [0, 0]
  for (let index = 0; index < merged.length; index++)
    merged[index] =
      right >= own.length || (left < baseline.length && compareNewestFirst(baseline[left], own[right]) <= 0)
        ? (baseline[left++] as VersionRecord)
        : (own[right++] as VersionRecord)
  return merged
}
