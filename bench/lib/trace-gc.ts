/** One garbage collection as `node --trace-gc` prints it (V8 11, Node 20). */
export interface GcEvent {
  /** When it started, in ms since the isolate was created. */
  readonly atMs: number
  /** `Scavenge`, `Mark-Compact`, `Mark-Compact (reduce)`, `Minor Mark-Sweep`… */
  readonly kind: string
  /** The heap's live size and committed size before and after, in MB. */
  readonly beforeMB: number
  readonly beforeCommittedMB: number
  readonly afterMB: number
  readonly afterCommittedMB: number
  /** The main thread's pause (the first figure of `0.84 / 0.00 ms`). */
  readonly pauseMs: number
  /** Why it ran: `allocation failure`, `heap profiler`, `finalize incremental marking via task`… */
  readonly reason: string
}

// [10464:0x44439e70]       15 ms: Scavenge 3.8 (4.0) -> 3.4 (5.0) MB, 0.84 / 0.00 ms  (average mu = 1.000, current mu = 1.000) allocation failure;
// [10464:0x44439e70]       96 ms: Mark-Compact 26.0 (55.1) -> 6.8 (40.9) MB, 1.38 / 0.00 ms  (+ 1.9 ms in 3 steps since start of marking, …) (average mu = …) finalize incremental marking via stack guard; GC in old space requested
// Not anchored at the line's start: the process's own stdout writes are not line-buffered with V8's, so
// a trace line may follow other text. Newer V8s add `pooled: 0.0 MB, ` before the pause.
const LINE =
  /\[\d+:0x[0-9a-f]+\]\s+([\d.]+) ms: ([A-Za-z][A-Za-z -]*?(?: \([a-z ]+\))?) ([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB, (?:pooled: [\d.]+ MB, )?([\d.]+) \/ [\d.]+ ms(.*)$/

/** One `--trace-gc` line, or undefined for any other line. */
export function parseTraceGcLine(line: string): GcEvent | undefined {
  const match = LINE.exec(line)
  if (!match) return undefined
  const [, at, kind, before, beforeCommitted, after, afterCommitted, pause, rest] =
    match as unknown as string[]
  return {
    atMs: Number(at),
    kind: kind as string,
    beforeMB: Number(before),
    beforeCommittedMB: Number(beforeCommitted),
    afterMB: Number(after),
    afterCommittedMB: Number(afterCommitted),
    pauseMs: Number(pause),
    reason: toReason(rest as string),
  }
}

/** Every GC of a `--trace-gc` output, in order; other lines (the process's own output) are skipped. */
export function parseTraceGc(text: string): GcEvent[] {
  return text.split('\n').flatMap((line) => parseTraceGcLine(line) ?? [])
}

/** After the last parenthesized group (`(average mu = …)`), up to the `;`: why the GC ran. */
function toReason(rest: string): string {
  const afterMu = rest.slice(rest.lastIndexOf(')') + 1)
  return afterMu.split(';')[0]?.trim() ?? ''
}

/** The GC pauses within a stretch of time, summed up. */
export interface PauseSummary {
  readonly count: number
  readonly fullCount: number
  readonly totalMs: number
  readonly maxMs: number
  /** Pauses of 1 ms or more. */
  readonly overOneMs: number
  /** The share of the stretch spent in pauses (0–1). */
  readonly share: number
}

/** The pauses of the GCs that started within [fromMs, toMs) (isolate time). */
export function summarizePauses(events: readonly GcEvent[], fromMs: number, toMs: number): PauseSummary {
  const within = events.filter((event) => event.atMs >= fromMs && event.atMs < toMs)
  const totalMs = within.reduce((sum, event) => sum + event.pauseMs, 0)
  return {
    count: within.length,
    fullCount: within.filter((event) => event.kind.startsWith('Mark-Compact')).length,
    totalMs,
    maxMs: Math.max(0, ...within.map((event) => event.pauseMs)),
    overOneMs: within.filter((event) => event.pauseMs >= 1).length,
    share: toMs > fromMs ? totalMs / (toMs - fromMs) : 0,
  }
}

/** How many GCs that started within [fromMs, toMs) paused the main thread for `ms` or more. */
export function countPausesAtLeast(
  events: readonly GcEvent[],
  fromMs: number,
  toMs: number,
  ms: number,
): number {
  return events.filter((event) => event.atMs >= fromMs && event.atMs < toMs && event.pauseMs >= ms).length
}
