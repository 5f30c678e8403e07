import { describe, expect, it } from 'vitest'
import { parseTraceGc, parseTraceGcLine, summarizePauses } from '../../bench/lib/trace-gc.js'

// Lines as Node 20.20.2 (V8 11.3) prints them with `--trace-gc`.
const SCAVENGE =
  '[10464:0x44439e70]       15 ms: Scavenge 3.8 (4.0) -> 3.4 (5.0) MB, 0.84 / 0.00 ms  (average mu = 1.000, current mu = 1.000) allocation failure; '
const MARK_COMPACT =
  '[10464:0x44439e70]       96 ms: Mark-Compact 26.0 (55.1) -> 6.8 (40.9) MB, 1.38 / 0.00 ms  (+ 1.9 ms in 3 steps since start of marking, biggest step 1.2 ms, walltime since start of marking 7 ms) (average mu = 1.000, current mu = 1.000) finalize incremental marking via stack guard; GC in old space requested'
const REDUCE =
  '[11384:0x41422150]     7066 ms: Mark-Compact (reduce) 151.8 (179.1) -> 89.2 (100.6) MB, 81.95 / 0.01 ms  (average mu = 0.975, current mu = 0.985) heap profiler; GC in old space requested'

describe('a --trace-gc line', () => {
  it('reads a scavenge: when, sizes, the pause, why', () => {
    expect(parseTraceGcLine(SCAVENGE)).toEqual({
      atMs: 15,
      kind: 'Scavenge',
      beforeMB: 3.8,
      beforeCommittedMB: 4,
      afterMB: 3.4,
      afterCommittedMB: 5,
      pauseMs: 0.84,
      reason: 'allocation failure',
    })
  })

  it('takes the atomic pause of a mark-compact, not its incremental steps', () => {
    const event = parseTraceGcLine(MARK_COMPACT)
    expect(event?.kind).toBe('Mark-Compact')
    expect(event?.pauseMs).toBe(1.38)
    expect(event?.reason).toBe('finalize incremental marking via stack guard')
  })

  it('keeps a parenthesized kind and the heap profiler as the reason', () => {
    const event = parseTraceGcLine(REDUCE)
    expect(event).toMatchObject({ atMs: 7066, kind: 'Mark-Compact (reduce)', beforeCommittedMB: 179.1 })
    expect(event?.reason).toBe('heap profiler')
  })

  it('reads a line of a newer V8 with the pooled size', () => {
    const line =
      '[7:0x5]      200 ms: Scavenge 5.0 (6.0) -> 4.0 (6.0) MB, pooled: 0.0 MB, 2.50 / 0.00 ms  (average mu = 1.000, current mu = 1.000) task; '
    expect(parseTraceGcLine(line)).toMatchObject({ atMs: 200, pauseMs: 2.5, reason: 'task' })
  })

  it('skips the other lines of the output, but finds a trace line after other text', () => {
    expect(parseTraceGcLine('yr-meta-mock listening on http://127.0.0.1:3000')).toBeUndefined()
    expect(parseTraceGcLine('')).toBeUndefined()
    const text = ['ready', SCAVENGE, `banner${MARK_COMPACT}`, 'routes:'].join('\n')
    expect(parseTraceGc(text).map((event) => event.atMs)).toEqual([15, 96])
  })
})

describe('the pauses of a stretch', () => {
  const events = parseTraceGc([SCAVENGE, MARK_COMPACT, REDUCE].join('\n'))

  it('counts only the GCs that started within it', () => {
    const summary = summarizePauses(events, 10, 100)
    expect(summary).toMatchObject({ count: 2, fullCount: 1, maxMs: 1.38, overOneMs: 1 })
    expect(summary.totalMs).toBeCloseTo(2.22)
    expect(summary.share).toBeCloseTo(2.22 / 90)
  })

  it('is empty, not negative, with no GC in it', () => {
    expect(summarizePauses(events, 100, 7000)).toEqual({
      count: 0,
      fullCount: 0,
      totalMs: 0,
      maxMs: 0,
      overOneMs: 0,
      share: 0,
    })
  })
})
