import { readFileSync } from 'node:fs'

/** The parts of a V8 `.cpuprofile` (or of an inspector's `Profiler.stop`) the breakdown reads. */
export interface CpuProfile {
  readonly nodes: ReadonlyArray<{
    readonly id: number
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number }
  }>
  readonly samples: readonly number[]
  readonly timeDeltas: readonly number[]
  /** µs on the monotonic clock, as `process.hrtime` reads it. */
  readonly startTime: number
}

/** Maps a profiled frame to the category its self time is counted under. */
export type Categorize = (url: string, lineNumber: number, functionName: string) => string

/** Self time per category (µs) within the longest busy stretch of a profile (the measured load). */
export interface Breakdown {
  readonly windowMs: number
  readonly idleUs: number
  readonly selfUs: ReadonlyMap<string, number>
}

const IDLE = '(idle)'
/** Idle this long splits the profile into stretches: warm-up, the measured load, shutdown. */
const GAP_US = 300_000

/**
 * Reads a profile and sums self time by category over the samples within `window` (µs, monotonic clock:
 * the measured load), or else over its longest busy stretch.
 */
export function toBreakdown(
  file: string,
  categorize: Categorize,
  window?: readonly [number, number],
): Breakdown {
  return toProfileBreakdown(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, categorize, window)
}

/** The breakdown of a profile already in memory (one taken in-process with `node:inspector`). */
export function toProfileBreakdown(
  profile: CpuProfile,
  categorize: Categorize,
  window?: readonly [number, number],
): Breakdown {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]))
  const [from, to] = (window && samplesWithin(profile, window)) ?? longestBusyStretch(profile, byId)
  const selfUs = new Map<string, number>()
  let idleUs = 0
  let windowUs = 0
  for (let index = from; index < to; index++) {
    const frame = byId.get(profile.samples[index] as number)
    const delta = profile.timeDeltas[index + 1] ?? 0
    windowUs += delta
    if (!frame || frame.functionName === IDLE) idleUs += delta
    else {
      const category = categorize(frame.url, frame.lineNumber, frame.functionName)
      selfUs.set(category, (selfUs.get(category) ?? 0) + delta)
    }
  }
  return { windowMs: windowUs / 1000, idleUs, selfUs }
}

function samplesWithin(
  profile: CpuProfile,
  [fromUs, toUs]: readonly [number, number],
): [number, number] | undefined {
  let now = profile.startTime
  let from = -1
  let to = -1
  for (let index = 0; index < profile.samples.length; index++) {
    now += profile.timeDeltas[index] ?? 0
    if (now >= fromUs && from < 0) from = index
    if (now <= toUs) to = index + 1
  }
  return from >= 0 && to > from ? [from, to] : undefined
}

/** The sample range [from, to) of the longest stretch without an idle gap of GAP_US or more. */
function longestBusyStretch(
  profile: CpuProfile,
  byId: ReadonlyMap<number, { readonly functionName: string }>,
): [number, number] {
  let best: [number, number] = [0, 0]
  let bestUs = -1
  let start = 0
  let startUs = 0
  let idleSince = -1
  let now = 0
  const close = (end: number, endUs: number) => {
    if (endUs - startUs > bestUs) {
      best = [start, end]
      bestUs = endUs - startUs
    }
  }
  for (let index = 0; index < profile.samples.length; index++) {
    now += profile.timeDeltas[index] ?? 0
    const idle = byId.get(profile.samples[index] as number)?.functionName === IDLE
    if (!idle) {
      if (idleSince >= 0 && now - idleSince >= GAP_US) {
        start = index
        startUs = now
      }
      idleSince = -1
    } else if (idleSince < 0) {
      idleSince = now
      close(index, now)
    }
  }
  close(profile.samples.length, now)
  return best
}

const BUFFER_WRITES = /^(writev|writeBuffer)$/
const STRING_WRITES = /^(writeUtf8String|writeLatin1String|writeAsciiString|writeUcs2String)$/

/** Categories every process shares: GC, kernel writes, native code, node's own modules. */
export function categorizeRuntime(url: string, functionName: string): string | undefined {
  if (functionName === '(garbage collector)') return 'GC'
  if (functionName === '(program)') return 'native, unattributed (program)'
  if (url === '' && BUFFER_WRITES.test(functionName))
    return 'socket writes of buffers (writev, writeBuffer: the kernel)'
  if (url === '' && STRING_WRITES.test(functionName))
    return 'socket writes of strings (encoding + the kernel)'
  if (url === '') return `native/builtins`
  if (url.startsWith('node:_http') || url.startsWith('node:http')) return 'node: http'
  if (/^node:(internal\/streams|stream|net|internal\/stream_base|internal\/net)/.test(url))
    return 'node: net and streams'
  if (url.startsWith('node:')) return 'node: other internals'
  return undefined
}

/** The package a node_modules path belongs to (`hono`, `@hono/node-server`). */
export function packageOf(path: string): string | undefined {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
  return match?.[1]
}

/**
 * For a non-minified esbuild bundle: the source file each line belongs to, from the `// src/...` and
 * `// node_modules/...` comments esbuild writes before every module.
 */
export function toBundleSections(bundleFile: string): (line: number) => string {
  const starts: Array<[number, string]> = []
  readFileSync(bundleFile, 'utf8')
    .split('\n')
    .forEach((text, line) => {
      const match = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text)
      if (match?.[1]) starts.push([line, match[1]])
    })
  return (line) => {
    let low = 0
    let high = starts.length - 1
    let found = 'bundle: banner and glue'
    while (low <= high) {
      const middle = (low + high) >> 1
      const [start, source] = starts[middle] as [number, string]
      if (start <= line) {
        found = source
        low = middle + 1
      } else high = middle - 1
    }
    return found
  }
}
