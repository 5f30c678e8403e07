import { quoteGo } from './go-quote.js'

/**
 * Go's `int` arithmetic as the real server's paging does it: `strconv.Atoi` parsing
 * (errors give 0, out-of-range clamps) and 64-bit wrap-around on overflow.
 */

/** Go's `int64` (and, on 64-bit platforms, `int`) bounds. */
export const MAX_INT64 = (1n << 63n) - 1n
export const MIN_INT64 = -(1n << 63n)
const ATOI_SYNTAX = /^[+-]?[0-9]+$/

/** `strconv.Atoi` with the error ignored: syntax errors give 0, out of range clamps. */
export function atoiOrZero(text: string): bigint {
  if (!ATOI_SYNTAX.test(text)) return 0n
  const value = BigInt(text)
  if (value > MAX_INT64) return MAX_INT64
  if (value < MIN_INT64) return MIN_INT64
  return value
}

/** Wraps a value to a signed 64-bit integer, as Go's `int` overflow does. */
export function toInt64(value: bigint): bigint {
  return BigInt.asIntN(64, value)
}

/** `strconv.Atoi` with its error kept: undefined where Go would return an error. */
export function atoi(text: string): bigint | undefined {
  if (!ATOI_SYNTAX.test(text)) return undefined
  const value = BigInt(text)
  return value > MAX_INT64 || value < MIN_INT64 ? undefined : value
}

/** The text of `strconv.Atoi`'s error for `text` (one Atoi refuses). */
export function atoiErrorText(text: string): string {
  const reason = ATOI_SYNTAX.test(text) ? 'value out of range' : 'invalid syntax'
  return `strconv.Atoi: parsing ${quoteGo(text)}: ${reason}`
}
