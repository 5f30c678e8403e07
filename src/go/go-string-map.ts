import { compareUtf8 } from './go-sort.js'
import type { JsonNode } from './json-node.js'

/**
 * From this many keys a map of strings Go's decoder builds is held as sorted arrays behind a proxy
 * (decision 0040): past ~1,000 keys a JavaScript object is a dictionary costing ~1 µs a key to build,
 * as much as `JSON.parse` of the whole body; smaller maps stay ordinary objects.
 */
export const BIG_MAP_KEYS = 1_024

/** A big map's entries in Go's order (UTF-8 byte order of the keys), each key once. */
interface SortedEntries {
  readonly keys: readonly string[]
  readonly values: readonly string[]
}

const entriesOf = new WeakMap<object, SortedEntries>()

/**
 * A read-only map of strings that behaves as an object with these own, enumerable keys in Go's order
 * (`Object.keys`, spreads, `in`, `JSON.stringify` all see the map), built from arrays instead of
 * 22,000 property insertions. `sorted` is the object's members in Go's order (`sortByGoKey`: of a
 * repeated key the last comes last, and Go keeps the last), each value a string or `null` (Go's "").
 * `toJSON` returns `writeFor(map)` when given (a marker `toGoJson` replaces), else a plain object.
 */
export function toBigStringMap(
  sorted: ReadonlyArray<readonly [string, JsonNode]>,
  writeFor: (map: object) => string | undefined,
): Readonly<Record<string, string>> {
  const keys: string[] = []
  const values: string[] = []
  for (let at = 0; at < sorted.length; at++) {
    const [key, node] = sorted[at] as readonly [string, JsonNode]
    if (at + 1 < sorted.length && (sorted[at + 1] as readonly [string, JsonNode])[0] === key) continue
    keys.push(key)
    values.push(node.kind === 'string' ? node.value : '')
  }
  const entries: SortedEntries = { keys, values }
  const map = new Proxy(toTarget(entries), new SortedMapHandler(entries, writeFor)) as Record<string, string>
  entriesOf.set(map, entries)
  return map
}

/** Node's `util.inspect` (`console.log`) shows a proxy's target, not its traps: it shows the entries. */
const INSPECT = Symbol.for('nodejs.util.inspect.custom')

/** The proxy's target: empty but for a hidden `util.inspect` hook (no trap reports a symbol key). */
function toTarget(entries: SortedEntries): object {
  const inspect = (
    _depth: number,
    options: object,
    nodeInspect: (value: unknown, options: object) => string,
  ) => nodeInspect(toPlainObject(entries), options)
  // configurable: a proxy must list every non-configurable key of its target, and this one it hides
  return Object.defineProperty({}, INSPECT, { value: inspect, configurable: true })
}

function toPlainObject({ keys, values }: SortedEntries): Record<string, string> {
  return Object.fromEntries(keys.map((key, index) => [key, values[index] as string]))
}

/** The entries of a map `toBigStringMap` built, in Go's order; undefined for any other object. */
export function findBigMapEntries(map: object): SortedEntries | undefined {
  return entriesOf.get(map)
}

/**
 * A big map as Go writes it: keys checked with one regular expression each and written as they are
 * (`JSON.stringify` per string is ~1 µs), built as one rope that the answer's text flattens once.
 */
export function writeBigStringMap({ keys, values }: SortedEntries): string {
  let text = '{'
  for (let index = 0; index < keys.length; index++) {
    const separator = index === 0 ? '' : ','
    text += `${separator}${quoted(keys[index] as string)}:${quoted(values[index] as string)}`
  }
  return `${text}}`
}

/** What `JSON.stringify` escapes in a string: a quote, a backslash, a control character, a surrogate. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON escapes exactly these control characters
const NEEDS_JSON_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/

function quoted(text: string): string {
  return NEEDS_JSON_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`
}

/** The traps: reads answer from the sorted arrays (a binary search by Go's order), writes are refused. */
class SortedMapHandler implements ProxyHandler<object> {
  readonly #toJSON: () => unknown
  constructor(
    private readonly entries: SortedEntries,
    writeFor: (map: object) => string | undefined,
  ) {
    // the proxy itself is what `writeFor` must name: `this` in the call is the proxy
    this.#toJSON = function (this: object) {
      return writeFor(this) ?? toPlainObject(entries)
    }
  }

  get(target: object, property: string | symbol, receiver: unknown): unknown {
    // like `GoMap`'s, the map's own `toJSON` wins over a key of that name
    if (property === 'toJSON') return this.#toJSON
    const index = this.#find(property)
    return index >= 0 ? this.entries.values[index] : Reflect.get(target, property, receiver)
  }

  has(target: object, property: string | symbol): boolean {
    return this.#find(property) >= 0 || Reflect.has(target, property)
  }

  ownKeys(): string[] {
    return [...this.entries.keys]
  }

  getOwnPropertyDescriptor(_target: object, property: string | symbol): PropertyDescriptor | undefined {
    const index = this.#find(property)
    if (index < 0) return undefined
    // configurable: the target does not hold the key, and a proxy may only report such a key so
    return { value: this.entries.values[index], writable: false, enumerable: true, configurable: true }
  }

  set(): boolean {
    return false
  }

  defineProperty(): boolean {
    return false
  }

  deleteProperty(): boolean {
    return false
  }

  preventExtensions(): boolean {
    return false
  }

  setPrototypeOf(): boolean {
    return false
  }

  /** The key's index in the sorted keys, or -1. */
  #find(property: string | symbol): number {
    if (typeof property !== 'string') return -1
    const keys = this.entries.keys
    let low = 0
    let high = keys.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const order = compareUtf8(keys[middle] as string, property)
      if (order === 0) return middle
      if (order < 0) low = middle + 1
      else high = middle - 1
    }
    return -1
  }
}
