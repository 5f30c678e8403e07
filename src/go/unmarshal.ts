import { MAX_INT64, MIN_INT64 } from './go-int.js'
import { freezeDecodedMap, markGoMap, rememberDecodedMap, sortByGoKey, toGoKeyOrder } from './go-map.js'
import { BIG_MAP_KEYS, toBigStringMap } from './go-string-map.js'
import type { GoType } from './go-type.js'
import { type JsonNode, toPlainJson } from './json-node.js'
import { setOwnKey } from './own-key.js'

/** A value Go's decoder would not store; `message` is Go's `UnmarshalTypeError` text. */
export class GoUnmarshalError extends Error {
  override readonly name = 'GoUnmarshalError'
}

interface Context {
  /** The innermost struct being decoded (Go names it in the message), without its package. */
  readonly struct: string | undefined
  readonly path: readonly string[]
  /** The first error; Go keeps decoding after it but reports only this one. */
  error: GoUnmarshalError | undefined
}

/**
 * Decodes a JSON node into a struct as `json.Unmarshal` does: field names match case-insensitively,
 * unknown fields are ignored, `null` leaves the zero value, and the first type mismatch is thrown
 * with Go's message. Returns plain JavaScript values (only the fields that were present).
 * @example unmarshalGo(node, requestTypes().create) // { name: 'hello', cpu: 500 }
 */
export function unmarshalGo(node: JsonNode, type: GoType): Record<string, unknown> {
  if (node.kind !== 'object' || type.kind !== 'struct') {
    if (node.kind === 'null') return {}
    throw new GoUnmarshalError(`json: cannot unmarshal ${describe(node)} into Go value of type ${type.name}`)
  }
  const context: Context = { struct: undefined, path: [], error: undefined }
  const result = decodeValue(node, type, context) as Record<string, unknown>
  if (context.error) throw context.error
  return result
}

/**
 * Decodes `node` into a value that may already hold what an earlier, repeated key put there, as Go
 * decodes into the existing field rather than a fresh one: a struct or map keeps what the new object
 * does not set, a slice's elements are decoded into the old ones by index, and `null` empties a map,
 * slice or interface but leaves a struct or scalar as it was. Checked against the real server:
 * `{"environment":{"a":"1"},"environment":{"b":"2"}}` stores both keys.
 */
function decodeValue(node: JsonNode, type: GoType, context: Context, previous?: unknown): unknown {
  if (node.kind === 'null') return isNilable(type) ? undefined : previous
  if (type.kind === 'any') return toPlainJson(node)
  switch (type.kind) {
    case 'struct':
      return node.kind === 'object'
        ? decodeStruct(node, type, context, asRecord(previous))
        : mismatch(node, type, context)
    case 'map':
      return node.kind === 'object'
        ? decodeMap(node, type.elem, context, asRecord(previous))
        : mismatch(node, type, context)
    case 'slice':
      return node.kind === 'array'
        ? decodeSlice(node.items, type.elem, context, Array.isArray(previous) ? previous : [])
        : mismatch(node, type, context)
    case 'string':
      return node.kind === 'string' ? node.value : mismatch(node, type, context)
    case 'bool':
      return node.kind === 'bool' ? node.value : mismatch(node, type, context)
    case 'int':
      return node.kind === 'number' ? decodeInt(node.literal, type, context) : mismatch(node, type, context)
    case 'float':
      return node.kind === 'number' ? decodeFloat(node.literal, type, context) : mismatch(node, type, context)
  }
}

/** Go's nil-able kinds: `null` sets them to nil instead of leaving them alone. */
function isNilable(type: GoType): boolean {
  return type.kind === 'map' || type.kind === 'slice' || type.kind === 'any'
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

/** A field a JSON key can land in: its type and, for a promoted field, the embedded structs' names. */
interface FieldSlot {
  readonly type: GoType
  readonly via: readonly string[]
}

type StructType = Extract<GoType, { kind: 'struct' }>

const fieldTables = new WeakMap<GoType, Map<string, FieldSlot>>()

/** The struct's fields by JSON key, promoted ones included; a shallower field hides a deeper one. */
function toFieldTable(type: StructType): Map<string, FieldSlot> {
  let table = fieldTables.get(type)
  if (table) return table
  table = new Map()
  for (const [key, fieldType] of Object.entries(type.fields)) table.set(key, { type: fieldType, via: [] })
  for (const [embeddedName, embedded] of Object.entries(type.embedded)) {
    if (embedded.kind !== 'struct') continue
    for (const [key, slot] of toFieldTable(embedded)) {
      if (!table.has(key)) table.set(key, { type: slot.type, via: [embeddedName, ...slot.via] })
    }
  }
  fieldTables.set(type, table)
  return table
}

/** Go prefers an exact key match, then a case-insensitive one; unknown keys are skipped. */
function findField(table: Map<string, FieldSlot>, key: string): [string, FieldSlot] | undefined {
  const exact = table.get(key)
  if (exact) return [key, exact]
  const lower = key.toLowerCase()
  for (const entry of table) if (entry[0].toLowerCase() === lower) return entry
  return undefined
}

function decodeStruct(
  node: Extract<JsonNode, { kind: 'object' }>,
  type: StructType,
  context: Context,
  previous: Record<string, unknown> | undefined,
) {
  const result: Record<string, unknown> = { ...previous }
  const table = toFieldTable(type)
  for (const [key, value] of node.entries) {
    const found = findField(table, key)
    if (found === undefined) continue
    const [field, slot] = found
    // Go 1.24 names the embedded structs on the way, then the JSON key: `FunctionBasicInfo.cpu`.
    const inner: Context = {
      struct: type.name.replace(/^.*\./, ''),
      path: [...context.path, ...slot.via, field],
      error: context.error,
    }
    const decoded = decodeValue(value, slot.type, inner, result[field])
    context.error ??= inner.error
    if (decoded === undefined) delete result[field]
    else result[field] = decoded
  }
  return result
}

/**
 * A map's values: an error names the map field, not the key. The keys an earlier, repeated field put
 * there stay; each value is decoded afresh (Go zeroes the element before decoding into it).
 * A fresh map is built with its keys in the order Go writes them (a Go map has none of its own),
 * so that an answer can write it as it is (`toGoMap`) instead of copying and sorting it every time.
 */
function decodeMap(
  node: Extract<JsonNode, { kind: 'object' }>,
  elem: GoType,
  context: Context,
  previous: Record<string, unknown> | undefined,
) {
  if (previous === undefined && elem.kind === 'string' && node.entries.length >= BIG_MAP_KEYS) {
    const big = decodeBigStringMap(node)
    if (big !== undefined) return big
  }
  const result: Record<string, unknown> = { ...previous }
  const ordered = previous === undefined ? toGoKeyOrder(node.entries.map(([key]) => key)) : undefined
  // decoded in the body's order, so the first error is the one Go reports
  const decodedValues = node.entries.map(([, value]) => {
    const inner: Context = { struct: context.struct, path: context.path, error: context.error }
    const decoded = decodeElement(value, elem, inner)
    context.error ??= inner.error
    return decoded
  })
  for (const index of ordered ?? decodedValues.keys()) {
    const decoded = decodedValues[index]
    if (decoded !== undefined)
      setOwnKey(result, (node.entries[index] as readonly [string, JsonNode])[0], decoded)
  }
  if (ordered !== undefined) freezeDecodedMap(result, elem.kind)
  return result
}

/**
 * A fresh map of thousands of strings, held as sorted arrays (`toBigStringMap`, decision 0040);
 * undefined when a value is neither a string nor `null` (Go's ""), left to the ordinary path,
 * which finds Go's first error in the body's order.
 */
function decodeBigStringMap(
  node: Extract<JsonNode, { kind: 'object' }>,
): Readonly<Record<string, string>> | undefined {
  for (const [, value] of node.entries) if (value.kind !== 'string' && value.kind !== 'null') return undefined
  const map = toBigStringMap(sortByGoKey(node.entries), markGoMap)
  rememberDecodedMap(map, 'string')
  return map
}

/** A slice: as long as the new array, each element decoded into the old one at its index. */
function decodeSlice(
  items: readonly JsonNode[],
  elem: GoType,
  context: Context,
  previous: readonly unknown[],
) {
  return items.map((item, index) => decodeElement(item, elem, context, previous[index]))
}

/**
 * A map value or slice element: Go stores one for every JSON value, `null` included (which leaves
 * the element's zero value: `""`, `0`, `false`, an empty struct), so `{"a":null}` is `{"a":""}`.
 */
function decodeElement(node: JsonNode, elem: GoType, context: Context, previous?: unknown): unknown {
  if (node.kind !== 'null') return decodeValue(node, elem, context, previous)
  // `null` into an existing element leaves a struct or scalar as it was and empties a map or slice.
  return previous === undefined || isNilable(elem) ? zeroValue(elem) : previous
}

/** The zero value of a Go type, as the fake holds decoded values (absent struct fields stay absent). */
function zeroValue(type: GoType): unknown {
  switch (type.kind) {
    case 'string':
      return ''
    case 'bool':
      return false
    case 'int':
    case 'float':
      return 0
    case 'struct':
      return {}
    default:
      return null
  }
}

function decodeInt(literal: string, type: GoType, context: Context): number | undefined {
  const value = /^-?[0-9]+$/.test(literal) ? BigInt(literal) : undefined
  if (value === undefined || value > MAX_INT64 || value < MIN_INT64)
    return fail(`number ${literal}`, type, context)
  return Number(value)
}

function decodeFloat(literal: string, type: GoType, context: Context): number | undefined {
  const value = Number(literal)
  return Number.isFinite(value) ? value : fail(`number ${literal}`, type, context)
}

function mismatch(node: JsonNode, type: GoType, context: Context): undefined {
  return fail(describe(node), type, context)
}

function fail(value: string, type: GoType, context: Context): undefined {
  const where = context.struct ? `Go struct field ${context.struct}.${context.path.join('.')}` : 'Go value'
  context.error ??= new GoUnmarshalError(`json: cannot unmarshal ${value} into ${where} of type ${type.name}`)
  return undefined
}

function describe(node: JsonNode): string {
  return node.kind
}
