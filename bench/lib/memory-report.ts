import type { HeapGroups } from './heap-snapshot.js'

/** One fake's memory: resident (from /proc), the V8 heap (from --trace-gc) and its live objects (a snapshot). */
export interface MemorySide {
  readonly label: string
  readonly records: number
  readonly rssMiB: number
  readonly fileMiB: number
  readonly anonMiB: number
  /** The V8 heap as it was when the snapshot was asked for: committed, and used (garbage included). */
  readonly heapCommittedMiB: number
  readonly heapUsedMiB: number
  readonly heap: HeapGroups
}

/** Groups listed per side; the rest is one row. */
const TOP = 12
const MIB = 2 ** 20

/** The summary (resident, heap, outside the heap) and the largest groups of live objects, side by side. */
export function toMemoryMarkdown(sides: readonly MemorySide[]): string {
  const header = (first: string, unit: string) => [
    `| ${first} | ${sides.map((side) => `${side.label}, ${unit}`).join(' | ')} |`,
    `|---|${sides.map(() => '---|').join('')}`,
  ]
  const row = (name: string, value: (side: MemorySide) => number) =>
    `| ${name} | ${sides.map((side) => value(side).toFixed(1)).join(' | ')} |`
  return [
    'Resident size from /proc before the heap snapshot; the V8 heap (committed, and used with its garbage) from the `--trace-gc` line of the GC the snapshot starts with; live objects from the snapshot.',
    '',
    ...header('where', 'MiB'),
    row('**resident (RSS)**', (side) => side.rssMiB),
    row('resident, mapped from files (node’s binary, libraries)', (side) => side.fileMiB),
    row('resident, anonymous', (side) => side.anonMiB),
    row('V8 heap, committed', (side) => side.heapCommittedMiB),
    row('V8 heap, used (garbage included)', (side) => side.heapUsedMiB),
    row('V8 heap, live objects (the snapshot)', (side) => side.heap.bytes / MIB),
    row(
      '**resident outside the V8 heap** (RSS − heap committed)',
      (side) => side.rssMiB - side.heapCommittedMiB,
    ),
    row(
      'anonymous outside the V8 heap (malloc, buffers, stacks)',
      (side) => side.anonMiB - side.heapCommittedMiB,
    ),
    '',
    'Committed heap pages need not be resident, so the two rows outside the heap are lower bounds (negative when more of the heap is committed than is resident).',
    '',
    `The live objects by constructor (JS and native objects) or node type (the rest), the ${TOP} largest of each side:`,
    '',
    ...header('group', 'count / MiB'),
    ...toGroupRows(sides),
  ].join('\n')
}

/** The union of each side's largest groups, ordered by the last side's size; then everything else. */
function toGroupRows(sides: readonly MemorySide[]): string[] {
  const last = sides[sides.length - 1]
  const names = [
    ...new Set(sides.flatMap((side) => side.heap.groups.slice(0, TOP).map((group) => group.name))),
  ]
  const size = (side: MemorySide | undefined, name: string) =>
    side?.heap.groups.find((group) => group.name === name)?.bytes ?? 0
  names.sort((a, b) => size(last, b) - size(last, a))
  const cell = (side: MemorySide, name: string) => {
    const group = side.heap.groups.find((entry) => entry.name === name)
    return group ? `${group.count.toLocaleString('en')} / ${(group.bytes / MIB).toFixed(1)}` : '–'
  }
  const rest = (side: MemorySide) => {
    const others = side.heap.groups.filter((group) => !names.includes(group.name))
    const bytes = others.reduce((sum, group) => sum + group.bytes, 0)
    const count = others.reduce((sum, group) => sum + group.count, 0)
    return `${count.toLocaleString('en')} / ${(bytes / MIB).toFixed(1)}`
  }
  return [
    ...names.map((name) => `| ${escapeCell(name)} | ${sides.map((side) => cell(side, name)).join(' | ')} |`),
    `| everything else | ${sides.map(rest).join(' | ')} |`,
  ]
}

/** A group name as a table cell: no pipes or newlines, not too long. */
function escapeCell(name: string): string {
  const flat = name.replace(/[|\n\r]/g, ' ').trim() || '(no name)'
  return `\`${flat.length > 60 ? `${flat.slice(0, 57)}…` : flat}\``
}
