import { atoiOrZero, toInt64 } from '../go/go-int.js'
import { metaErrors, ServerPanic } from './meta-error.js'

/** Page parameters as the real server parses them (`parsePageParam`): Go ints. */
export interface PageParams {
  readonly pageIndex: bigint
  readonly pageSize: bigint
}

/** The raw query values; `undefined` means the key was absent. */
export interface PageQuery {
  readonly pageIndex?: string | undefined
  readonly pageSize?: string | undefined
}

const DEFAULT_PAGE_INDEX = '1'
const DEFAULT_PAGE_SIZE = '1000'
const UNPAGED_LIMIT = 1000n

/** Parses paging like the real server: defaults only when absent, anything unparsable is 0. */
export function parsePageParams(query: PageQuery): PageParams {
  return {
    pageIndex: atoiOrZero(query.pageIndex ?? DEFAULT_PAGE_INDEX),
    pageSize: atoiOrZero(query.pageSize ?? DEFAULT_PAGE_SIZE),
  }
}

/** An offset and limit in Go ints, before they meet the records. */
interface PageWindow {
  readonly offset: bigint
  readonly limit: bigint
}

/** `newPageInfo`: page 0 means the first 1000; a zero page size is 4123 (before any read). */
export function toPageWindow({ pageIndex, pageSize }: PageParams): PageWindow {
  if (pageIndex === 0n) return { offset: 0n, limit: UNPAGED_LIMIT }
  if (pageSize === 0n) throw metaErrors.pageSizeZero()
  return { offset: toInt64(pageSize * (pageIndex - 1n)), limit: pageSize }
}

/**
 * `ExecuteWithPage`: the bounds of the slice of `total` records, newest first. Where Go's
 * slice expression would panic on negative or crossed bounds, this throws `ServerPanic`.
 */
export function toSliceBounds(total: number, { offset, limit }: PageWindow): [number, number] {
  const size = BigInt(total)
  if (offset > size) return [total, total]
  const end = toInt64(offset + limit)
  if (end > size) {
    if (offset < 0n) throw new ServerPanic(`slice bounds out of range [${offset}:]`)
    return [Number(offset), total]
  }
  if (offset < 0n || end < offset) {
    throw new ServerPanic(`slice bounds out of range [${offset}:${end}]`)
  }
  return [Number(offset), Number(end)]
}
