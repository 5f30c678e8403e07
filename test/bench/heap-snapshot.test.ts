import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  groupHeapNodes,
  type HeapSnapshot,
  parseHeapSnapshot,
  readHeapSnapshot,
} from '../../bench/lib/heap-snapshot.js'

const META = {
  node_fields: ['type', 'name', 'id', 'self_size', 'edge_count', 'trace_node_id', 'detachedness'],
  node_types: [
    [
      'hidden',
      'array',
      'string',
      'object',
      'code',
      'closure',
      'regexp',
      'number',
      'native',
      'synthetic',
      'concatenated string',
      'sliced string',
    ],
    'string',
    'number',
    'number',
    'number',
    'number',
    'number',
  ],
}

// type, name, id, self_size, edge_count, trace_node_id, detachedness
const NODES = [
  [9, 0, 1, 0, 2, 0, 0], // synthetic root, no size
  [3, 1, 3, 40, 0, 0, 0], // Object
  [3, 1, 5, 40, 0, 0, 0], // Object
  [3, 2, 7, 120, 0, 0, 0], // Record (a class)
  [2, 3, 9, 24, 0, 0, 0], // a string
  [10, 3, 11, 32, 0, 0, 0], // a concatenated string
  [11, 3, 13, 20, 0, 0, 0], // a sliced string
  [1, 4, 15, 1000, 0, 0, 0], // an internal array
  [8, 5, 17, 64, 0, 0, 0], // a native object, by its name
  [5, 6, 19, 32, 0, 0, 0], // a closure
]
const STRINGS = [
  '(GC roots)',
  'Object',
  'Record',
  'a "quoted" \\ string, "nodes":[1,2]',
  '(object elements)',
  'Node / TCPWrap',
  'handler',
]

const snapshot: HeapSnapshot = {
  snapshot: { meta: META, node_count: NODES.length },
  nodes: NODES.flat(),
  strings: STRINGS,
}

describe('grouping a heap snapshot', () => {
  const heap = groupHeapNodes(snapshot)

  it('sums every node’s self size', () => {
    expect(heap.nodes).toBe(10)
    expect(heap.bytes).toBe(40 + 40 + 120 + 24 + 32 + 20 + 1000 + 64 + 32)
  })

  it('groups objects by constructor, strings together, the rest by type, largest first', () => {
    expect(heap.groups).toEqual([
      { name: '(array)', count: 1, bytes: 1000 },
      { name: 'Record', count: 1, bytes: 120 },
      { name: 'Object', count: 2, bytes: 80 },
      { name: '(string)', count: 3, bytes: 76 },
      { name: 'Node / TCPWrap', count: 1, bytes: 64 },
      { name: '(closure)', count: 1, bytes: 32 },
      { name: '(synthetic)', count: 1, bytes: 0 },
    ])
  })

  it('refuses a snapshot without the fields it reads', () => {
    const odd = {
      ...snapshot,
      snapshot: { ...snapshot.snapshot, meta: { ...META, node_fields: ['type', 'id'] } },
    }
    expect(() => groupHeapNodes(odd)).toThrow(/fields/)
  })
})

describe('reading a heap snapshot file', () => {
  // As V8 writes one: a line per node, the header first and the string table last.
  const text = [
    `{"snapshot":{"meta":${JSON.stringify(META)},"node_count":${NODES.length},"edge_count":2,"trace_function_count":0},`,
    `"nodes":[${NODES.map((node) => node.join(',')).join('\n,')}],`,
    '"edges":[1,0,7\n,1,1,14],',
    '"trace_function_infos":[],"trace_tree":[],"samples":[],"locations":[],',
    `"strings":[${STRINGS.map((string) => JSON.stringify(string)).join(',\n')}]}`,
  ].join('\n')

  it('reads the header, the nodes and the strings, escapes included', () => {
    const parsed = parseHeapSnapshot(Buffer.from(text))
    expect(parsed.snapshot.node_count).toBe(10)
    expect(Array.from(parsed.nodes)).toEqual(NODES.flat())
    expect(parsed.strings).toEqual(STRINGS)
  })

  it('refuses nodes that do not match the count announced', () => {
    const short = text.replace('"node_count":10', '"node_count":11')
    expect(() => parseHeapSnapshot(Buffer.from(short))).toThrow(/70 node numbers, 77 announced/)
  })

  it('finds the objects of a real process by their class', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heap-snapshot-test-'))
    try {
      const script =
        'class BenchMarker { constructor(n) { this.n = n } }; globalThis.kept = Array.from({ length: 1234 }, (_, n) => new BenchMarker(n)); require("v8").writeHeapSnapshot("x.heapsnapshot")'
      execFileSync(process.execPath, ['-e', script], { cwd: dir })
      const [file] = readdirSync(dir)
      const heap = groupHeapNodes(readHeapSnapshot(join(dir, file as string)))
      expect(heap.groups.find((group) => group.name === 'BenchMarker')?.count).toBe(1234)
      expect(heap.bytes).toBeGreaterThan(1_000_000)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
