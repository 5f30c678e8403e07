/**
 * Values to send for a field of a given Go type, read from the real server's request structs: a
 * valid one, the boundaries, the wrong JSON types, `null`, empty values, and text that Go or the
 * server treats specially (`%` printed through fmt, non-ASCII, keys out of order in maps).
 */
export type GoKind =
  | 'string'
  | 'int'
  | 'bool'
  | 'map-string'
  | 'map-int'
  | 'map-float'
  | 'struct'
  | 'string-slice'
  | 'struct-slice'

/** Strings that reach fmt, regexps and byte-length checks differently from plain ASCII. */
export const ODD_STRINGS: readonly string[] = [
  '',
  'x',
  '%d',
  '100%',
  '%!s(MISSING)',
  'é',
  '中文',
  '😀',
  ' x ',
  'a\tb',
  'a"b',
  '<&>',
]

/** Wrong JSON types for a field: each a different decoder message (or none, for null). */
export const WRONG_TYPES: readonly unknown[] = [null, true, 1, 1.5, 'x', [], {}, [1], { a: 1 }]

const INT_VALUES: readonly unknown[] = [
  0,
  1,
  -1,
  2147483647,
  2147483648,
  9007199254740991,
  -9007199254740991,
  1.0,
  1.5,
  -0,
  '1',
  true,
  null,
]

/** JSON text of numbers that JavaScript cannot hold exactly (sent raw, inside a body string). */
export const RAW_NUMBERS: readonly string[] = [
  '9223372036854775807',
  '9223372036854775808',
  '-9223372036854775808',
  '-9223372036854775809',
  '1e2',
  '1E400',
  '0.0',
  '-0',
  '1.0e0',
  '00',
]

const MAP_STRING: readonly unknown[] = [
  {},
  { b: '2', a: '1', c: '3' },
  { Z: 'z', a: 'a', B: 'b', '10': 'x', '9': 'y' },
  { é: 'é', 中: '文', '😀': '%d' },
  { '%s': '%d', 'a%': '100%' },
  { a: null },
  { a: null, b: 'x' },
  { '': '' },
  { a: 1 },
  { a: true },
  { a: { b: 'c' } },
  [],
  'x',
  null,
]

const MAP_INT: readonly unknown[] = [
  {},
  { b: 2, a: 1 },
  { initializer: 10, pre_stop: 5 },
  { a: 1.5 },
  { a: 'x' },
  { a: null },
  [],
  null,
]

const MAP_FLOAT: readonly unknown[] = [
  {},
  { b: 1.5, a: 2, c: 0 },
  { 'huawei.com/ascend-310': 1, cpu: 0.5 },
  { a: 1e300 },
  { a: -1 },
  { a: 'x' },
  { a: null },
  [],
  null,
]

const STRING_SLICE: readonly unknown[] = [[], ['a'], ['b', 'a'], [''], [1], [null], 'x', {}, null]

/** The values to try for a field of this Go kind (structs and struct slices get theirs from their fields). */
export function valuesFor(kind: GoKind): readonly unknown[] {
  switch (kind) {
    case 'string':
      return [...ODD_STRINGS, 1, true, null, [], {}]
    case 'int':
      return INT_VALUES
    case 'bool':
      return [true, false, 'true', 1, null, []]
    case 'map-string':
      return MAP_STRING
    case 'map-int':
      return MAP_INT
    case 'map-float':
      return MAP_FLOAT
    case 'string-slice':
      return STRING_SLICE
    case 'struct':
      return [{}, null, [], 'x', 1, true]
    case 'struct-slice':
      return [[], [{}], [null], {}, 'x', null, [1]]
  }
}
