import { compareUtf8 } from './go-sort.js'
import type { GoType } from './go-type.js'
import { setOwnKey } from './own-key.js'

type Entries = ReadonlyArray<readonly [string, unknown]>

const entriesOf = new WeakMap<object, Entries>()

/**
 * A Go map as `encoding/json` writes it: keys in UTF-8 byte order. A JavaScript object cannot
 * always hold that order (integer-like keys such as `"9"` and `"10"` always come first, in numeric
 * order), so a map whose sorted keys an object would reorder is written by `toGoJson` from its
 * entries instead (see `go-json.ts`). Its own keys are the map's, so code that reads an answer
 * before it is written sees the map; `toJSON` is its own, hidden, and wins over a key of that name.
 */
export class GoMap {
  constructor(map: Readonly<Record<string, unknown>>) {
    const entries = toSortedEntries(map)
    entriesOf.set(this, entries)
    // in Go's order, so that the map can often be written as it is (`toJsonValue`)
    for (const [key, value] of entries) setOwnKey(this as Record<string, unknown>, key, value)
    Object.defineProperty(this, 'toJSON', { value: () => toJsonValue(this, entries), enumerable: false })
  }
}

/** The entries of a Go map, in Go's order. */
export function goMapEntries(map: GoMap): Entries {
  return entriesOf.get(map) ?? []
}

/** A character whose UTF-16 order is not its UTF-8 order: a surrogate, or from U+E000 (`compareUtf8`). */
const OUT_OF_UTF16_ORDER = /[\ud800-\uffff]/

/**
 * The map's entries in UTF-8 byte order. The native sort is used when code-unit order agrees, as it
 * does for almost every key: `compareUtf8` as the comparator took ~15 ms for a map of 22,000 keys.
 */
function toSortedEntries(map: Readonly<Record<string, unknown>>): Entries {
  const keys = Object.keys(map)
  if (keys.some((key) => OUT_OF_UTF16_ORDER.test(key))) keys.sort(compareUtf8)
  else keys.sort()
  return keys.map((key) => [key, map[key]] as const)
}

/**
 * The map as an object when an object keeps the sorted order (the map itself when it already
 * holds its keys in that order, so a big map is not copied again); else the marker `toGoJson` replaces.
 */
function toJsonValue(map: GoMap, entries: Entries): unknown {
  if (hasKeysInOrder(map, entries)) return map
  const object = Object.fromEntries(entries)
  if (hasKeysInOrder(object, entries)) return object
  return goMapMarkers?.add(map) ?? object
}

/** Whether the object's own enumerable keys are exactly the entries' keys, in their order. */
function hasKeysInOrder(object: object, entries: Entries): boolean {
  const keys = Object.keys(object)
  return keys.length === entries.length && keys.every((key, index) => key === entries[index]?.[0])
}

/** Maps `toGoJson` is writing whose order an object would lose; set only while it runs. */
let goMapMarkers: { add(map: object): string } | undefined

/** The marker for a map `toGoJson` writes from its entries; undefined outside `toGoJson`. */
export function markGoMap(map: object): string | undefined {
  return goMapMarkers?.add(map)
}

/** Runs `stringify` with markers for maps that need their entries written in order. */
export function withGoMapMarkers(stringify: () => string): { text: string; maps: object[]; marker: string } {
  const maps: object[] = []
  // random, so that no string a client sent can pass for a marker; made only when a map needs one
  let marker = ''
  goMapMarkers = {
    add: (map) => {
      marker ||= `\u0000gomap${Math.random().toString(36).slice(2)}:`
      maps.push(map)
      return `${marker}${maps.length - 1}`
    },
  }
  try {
    return { text: stringify(), maps, marker }
  } finally {
    goMapMarkers = undefined
  }
}

/**
 * A stored map (or nil) as a Go map in an answer, typed as the map it writes: answers are
 * serialized by `toGoJson` (or `JSON.stringify`, which keeps an object's order where it can).
 * A map the decoder built (`freezeDecodedMap`) is the answer's as it is: no copy, no sort.
 * @example toGoJson({ m: toGoMap({ b: 1, a: 2 }) }) // '{"m":{"a":2,"b":1}}'
 */
export function toGoMap<T extends Readonly<Record<string, unknown>> | null | undefined>(map: T): T {
  if (map === null || map === undefined) return null as T
  if (decodedMaps.has(map)) return map
  return (hasNoKeys(map) ? EMPTY_GO_MAP : new GoMap(map)) as T
}

/**
 * One empty map for every answer that has one (a created function's environment, tags…): a `GoMap`
 * costs its sorted entries and its own `toJSON` closure, and an empty one is written `{}` in any order.
 * Frozen, so no answer can change what the others share.
 */
const EMPTY_GO_MAP = Object.freeze(new GoMap({}))

function hasNoKeys(map: object): boolean {
  for (const _ in map) return false
  return true
}

/** Maps the decoder built in Go's order, frozen, by the kind of their values (`string`, `int`…). */
const decodedMaps = new WeakMap<object, GoType['kind']>()

/**
 * Freezes a map the decoder built with its keys in Go's order (`toGoKeyOrder`) and remembers it:
 * `toGoMap` then hands it to an answer as it is, and a check can trust its values' type.
 */
export function freezeDecodedMap(map: Record<string, unknown>, valueKind: GoType['kind']): void {
  rememberDecodedMap(Object.freeze(map), valueKind)
}

/** Remembers a read-only map the decoder built in Go's order (a big map of strings: `toBigStringMap`). */
export function rememberDecodedMap(map: object, valueKind: GoType['kind']): void {
  decodedMaps.set(map, valueKind)
}

/** The kind of a decoded map's values (`freezeDecodedMap`); undefined for any other object. */
export function findDecodedValueKind(map: object): GoType['kind'] | undefined {
  return decodedMaps.get(map)
}

/**
 * The indexes of `keys` in Go's map order (a stable sort: of a repeated key, the last still comes
 * last), or undefined when an object could not keep that order: a key starting with a digit may be
 * integer-like, and objects list those first.
 * @example toGoKeyOrder(['b', 'a', 'b']) // [1, 0, 2]
 */
export function toGoKeyOrder(keys: readonly string[]): number[] | undefined {
  for (const key of keys) {
    const first = key.charCodeAt(0)
    if (first >= 0x30 && first <= 0x39) return undefined
  }
  const indexes = Array.from(keys, (_, index) => index)
  const byUtf8 = keys.some((key) => OUT_OF_UTF16_ORDER.test(key))
  // Go's own encoder sends maps sorted: one pass over the keys then finds nothing to sort
  if (!byUtf8 && isInCodeUnitOrder(keys)) return indexes
  const compare = byUtf8 ? compareUtf8 : compareCodeUnits
  return indexes.sort((a, b) => compare(keys[a] as string, keys[b] as string))
}

/**
 * A copy of `entries` sorted by key in Go's map order (stable: of a repeated key the last still
 * comes last). Sorting the entries themselves takes half the time of sorting their indexes.
 */
export function sortByGoKey<T extends readonly [string, unknown]>(entries: readonly T[]): T[] {
  let byUtf8 = false
  let inOrder = true
  for (let index = 0; index < entries.length; index++) {
    const key = (entries[index] as T)[0]
    byUtf8 ||= OUT_OF_UTF16_ORDER.test(key)
    if (index > 0 && !((entries[index - 1] as T)[0] < key)) inOrder = false
  }
  if (!byUtf8 && inOrder) return entries.slice()
  const compare = byUtf8 ? compareUtf8 : compareCodeUnits
  return entries.slice().sort((a, b) => compare(a[0], b[0]))
}

/** The order `Array.prototype.sort` gives strings by default, as a comparator. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Whether each key sorts after the one before it by code unit (a repeated key is not in order). */
function isInCodeUnitOrder(keys: readonly string[]): boolean {
  for (let index = 1; index < keys.length; index++)
    if (!((keys[index - 1] as string) < (keys[index] as string))) return false
  return true
}
