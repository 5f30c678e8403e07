import { readFileSync } from 'node:fs'

/** The parts of a V8 `.heapsnapshot` the grouping reads: every node's fields, and the string table. */
export interface HeapSnapshot {
  readonly snapshot: {
    readonly meta: {
      /** `type`, `name`, `id`, `self_size`, `edge_count`, … (each node is this many numbers). */
      readonly node_fields: readonly string[]
      /** For each field, its type; for `type`, the list of type names its number indexes. */
      readonly node_types: ReadonlyArray<string | readonly string[]>
    }
    readonly node_count: number
  }
  /** `node_count × node_fields.length` numbers, node after node. */
  readonly nodes: ArrayLike<number>
  readonly strings: readonly string[]
}

/** One group of heap objects: how many, and their self size in bytes. */
export interface HeapGroup {
  readonly name: string
  readonly count: number
  readonly bytes: number
}

/** The live heap of a snapshot (the sum of self sizes), and its groups, largest first. */
export interface HeapGroups {
  readonly nodes: number
  readonly bytes: number
  readonly groups: readonly HeapGroup[]
}

const STRING_TYPES = new Set(['string', 'concatenated string', 'sliced string'])

/**
 * Groups the nodes of a snapshot as DevTools' summary does: JS objects and native objects by their
 * constructor name (`Object`, `Map`, `Array`, a class), everything else by its node type (`(string)`,
 * `(array)` for V8's internal arrays, `(closure)`, `(code)`, `(hidden)`…).
 */
export function groupHeapNodes(snapshot: HeapSnapshot): HeapGroups {
  const { node_fields: fields, node_types: fieldTypes } = snapshot.snapshot.meta
  const typeAt = fields.indexOf('type')
  const nameAt = fields.indexOf('name')
  const sizeAt = fields.indexOf('self_size')
  const typeNames = fieldTypes[typeAt]
  if (typeAt < 0 || nameAt < 0 || sizeAt < 0 || !Array.isArray(typeNames))
    throw new Error(`unexpected heap snapshot fields: ${fields.join(', ')}`)
  const groups = new Map<string, { count: number; bytes: number }>()
  let bytes = 0
  const { nodes } = snapshot
  for (let at = 0; at < nodes.length; at += fields.length) {
    const type = typeNames[nodes[at + typeAt] as number] as string
    const size = nodes[at + sizeAt] as number
    const name = toGroupName(type, snapshot.strings[nodes[at + nameAt] as number] ?? '')
    const group = groups.get(name) ?? { count: 0, bytes: 0 }
    group.count += 1
    group.bytes += size
    groups.set(name, group)
    bytes += size
  }
  return {
    nodes: nodes.length / fields.length,
    bytes,
    groups: [...groups].map(([name, group]) => ({ name, ...group })).sort((a, b) => b.bytes - a.bytes),
  }
}

function toGroupName(type: string, name: string): string {
  if (type === 'object' || type === 'native') return name
  if (STRING_TYPES.has(type)) return '(string)'
  return `(${type})`
}

/**
 * Reads a `.heapsnapshot` file. The numbers (nodes, then edges and the rest) are scanned from the bytes
 * and only the header and the string table go through JSON.parse: a snapshot of a large store is
 * hundreds of MB, and one string of the whole file would come near V8's limit on a string's length.
 */
export function readHeapSnapshot(file: string): HeapSnapshot {
  return parseHeapSnapshot(readFileSync(file))
}

/** The snapshot in `bytes` (a whole `.heapsnapshot` file). */
export function parseHeapSnapshot(bytes: Buffer): HeapSnapshot {
  const nodesKey = bytes.indexOf('"nodes":[')
  if (nodesKey < 0) throw new Error('not a heap snapshot: no "nodes"')
  const header = JSON.parse(`${bytes.toString('utf8', 0, nodesKey).replace(/,\s*$/, '')}}`) as Pick<
    HeapSnapshot,
    'snapshot'
  >
  const width = header.snapshot.meta.node_fields.length
  const { numbers, end } = scanNumbers(
    bytes,
    nodesKey + '"nodes":['.length,
    header.snapshot.node_count * width,
  )
  // The numeric arrays hold no quotes, so the first "strings" key after the nodes is the table's.
  const stringsKey = bytes.indexOf('"strings":[', end)
  if (stringsKey < 0) throw new Error('not a heap snapshot: no "strings"')
  const close = bytes.lastIndexOf(']')
  const strings = JSON.parse(bytes.toString('utf8', stringsKey + '"strings":'.length, close + 1)) as string[]
  return { ...header, nodes: numbers, strings }
}

const ZERO = 0x30
const NINE = 0x39
const CLOSE = 0x5d // ]

/** The non-negative integers of a JSON array from `from` up to its `]`; there must be `count` of them. */
function scanNumbers(bytes: Buffer, from: number, count: number): { numbers: Float64Array; end: number } {
  const numbers = new Float64Array(count)
  let filled = 0
  let value = 0
  let inNumber = false
  let at = from
  for (; at < bytes.length; at++) {
    const byte = bytes[at] as number
    if (byte >= ZERO && byte <= NINE) {
      value = value * 10 + (byte - ZERO)
      inNumber = true
      continue
    }
    if (inNumber) {
      if (filled === count) throw new Error(`heap snapshot: more than the ${count} node numbers announced`)
      numbers[filled++] = value
      value = 0
      inNumber = false
    }
    if (byte === CLOSE) break
  }
  if (filled !== count) throw new Error(`heap snapshot: ${filled} node numbers, ${count} announced`)
  return { numbers, end: at }
}
