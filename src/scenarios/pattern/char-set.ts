/**
 * Sets of UTF-16 code units, as a pattern without flags reads text: sorted, disjoint, inclusive ranges
 * `[lo0, hi0, lo1, hi1, …]` within 0..0xFFFF.
 */
export type CharSet = readonly number[]

const LAST_UNIT = 0xffff

/** The set of the given inclusive ranges, sorted and merged. */
export function toCharSet(ranges: readonly number[]): CharSet {
  const pairs: Array<[number, number]> = []
  for (let index = 0; index + 1 < ranges.length; index += 2)
    pairs.push([ranges[index] as number, ranges[index + 1] as number])
  pairs.sort((a, b) => a[0] - b[0])
  const merged: number[] = []
  for (const [lo, hi] of pairs) {
    const last = merged.length - 1
    if (last >= 0 && lo <= (merged[last] as number) + 1) merged[last] = Math.max(merged[last] as number, hi)
    else merged.push(lo, hi)
  }
  return merged
}

/** Every code unit the set leaves out. */
export function toComplement(set: CharSet): CharSet {
  const gaps: number[] = []
  let next = 0
  for (let index = 0; index < set.length; index += 2) {
    const lo = set[index] as number
    if (lo > next) gaps.push(next, lo - 1)
    next = (set[index + 1] as number) + 1
  }
  if (next <= LAST_UNIT) gaps.push(next, LAST_UNIT)
  return gaps
}

/** The units of both sets. */
export function toUnion(...sets: readonly CharSet[]): CharSet {
  return toCharSet(sets.flat())
}

export const DIGITS: CharSet = [0x30, 0x39]
/** `\w` without flags: ASCII letters, digits and `_`. */
export const WORD_CHARS: CharSet = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a]
/** `\s`: the white space and line terminators of ECMAScript. */
export const SPACE_CHARS: CharSet = toCharSet([
  0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f,
  0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff,
])
/** `.` without the `s` flag: anything but a line terminator. */
export const DOT_CHARS: CharSet = toComplement([0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029])
export const ANY_CHAR: CharSet = [0, LAST_UNIT]
export const NOT_SLASH: CharSet = toComplement([0x2f, 0x2f])

/** Whether `\b` counts the unit as part of a word. */
export function isWordUnit(unit: number): boolean {
  return (
    (unit >= 0x61 && unit <= 0x7a) ||
    (unit >= 0x41 && unit <= 0x5a) ||
    (unit >= 0x30 && unit <= 0x39) ||
    unit === 0x5f
  )
}

/** A set ready to test units: a table for ASCII, the ranges for the rest. */
export interface UnitTest {
  readonly ascii: Uint8Array
  readonly ranges: CharSet
}

export function toUnitTest(set: CharSet): UnitTest {
  const ascii = new Uint8Array(128)
  for (let index = 0; index < set.length; index += 2) {
    const hi = Math.min(set[index + 1] as number, 127)
    for (let unit = set[index] as number; unit <= hi; unit++) ascii[unit] = 1
  }
  return { ascii, ranges: set }
}

export function hasUnit(test: UnitTest, unit: number): boolean {
  if (unit < 128) return test.ascii[unit] === 1
  const { ranges } = test
  for (let index = 0; index < ranges.length; index += 2) {
    if (unit < (ranges[index] as number)) return false
    if (unit <= (ranges[index + 1] as number)) return true
  }
  return false
}
