import type { DomainContext } from '../../domain/domain-context.js'
import { ServerPanic } from '../../domain/meta-error.js'
import { atoi, atoiErrorText, toInt64 } from '../../go/go-int.js'
import { poolErrors } from './pool-errors.js'
import { matchPools } from './pool-store.js'
import type { Pool } from './pool-types.js'

/** The query of `GET /podpools`, as sent (`undefined` or empty takes the default). */
export interface PoolQuery {
  readonly id: string
  readonly group: string
  readonly limit: string | undefined
  readonly offset: string | undefined
}

/** `model.PodPoolGetResponse`. */
export interface PoolPage {
  readonly count: number
  readonly pools: readonly Pool[] | null
}

/**
 * `getPodPool` and `service.GetPodPool`: `limit` (default 10) and `offset` (default 0) must be
 * integers (4104 with `strconv.Atoi`'s message); `limit <= 0` or `offset < 0` is swallowed into an
 * empty answer. `offset` is a page number (0 counts as 1); `count` is the matches before paging.
 */
export function listPools(ctx: DomainContext, query: PoolQuery): PoolPage {
  const limit = parseInt64(query.limit || '10')
  const offset = parseInt64(query.offset || '0')
  if (limit <= 0n || offset < 0n) return { count: 0, pools: null }
  const matches = matchPools(ctx, query.id, query.group)
  return { count: matches.length, pools: toPage(matches, offset <= 0n ? 1n : offset, limit) }
}

/**
 * `ExecuteWithPage` with Go's 64-bit `int` arithmetic: a huge page wraps around, and a slice with
 * a negative or reversed bound panics (the real server drops the connection).
 */
function toPage(matches: readonly Pool[], page: bigint, size: bigint): readonly Pool[] {
  if (matches.length === 0) return []
  const total = BigInt(matches.length)
  const begin = toInt64(size * (page - 1n))
  const end = toInt64(begin + size)
  if (begin > total) return []
  if (end > total) {
    if (begin < 0n) throw new ServerPanic('slice bounds out of range')
    return matches.slice(Number(begin))
  }
  if (begin < 0n || end < begin) throw new ServerPanic('slice bounds out of range')
  return matches.slice(Number(begin), Number(end))
}

/** `strconv.Atoi`, its error answered as the service's 4104. */
function parseInt64(text: string): bigint {
  const value = atoi(text)
  if (value !== undefined) return value
  throw poolErrors.plain(atoiErrorText(text))
}
