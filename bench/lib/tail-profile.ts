import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findFullPage, fullPageBytes } from './full-page.js'
import type { StartedServer } from './processes.js'
import { fullPageLoad, type ProfiledLoad } from './profile-load.js'
import { type Launch, startBareHono, startFake } from './servers.js'
import {
  countPausesAtLeast,
  type GcEvent,
  type PauseSummary,
  parseTraceGc,
  summarizePauses,
} from './trace-gc.js'
import { runWrk, type WrkResult } from './wrk.js'

/** wrk's connections: each GC pause holds at most this many requests (one in flight per connection). */
const CONNECTIONS = 16

/** One measured load on one side: wrk's figures and the GC pauses that fell within it. */
interface TailRun {
  readonly side: string
  readonly load: string
  readonly wrk: WrkResult
  readonly pauses: PauseSummary
  /** Pauses at least p99 − p50 long: enough on their own to push a median request past the p99. */
  readonly tailPauses: number
}

interface NamedLoad extends ProfiledLoad {
  readonly name: string
}

/**
 * What the p99 is made of (goal 1 asks ≤ 1.5× the bare app's): the fake and the bare Hono app each run
 * with `node --trace-gc` (no profiler: it would change the tail) under the throughput goals' wrk loads,
 * the full page and /healthz (`healthz` false in the smoke run: the same code, twice the time), and
 * each side's GC pauses within the measured stretch are set beside wrk's latencies.
 */
export async function profileTail(seconds: number, healthz = true): Promise<string> {
  const page = await findFullPage()
  const loads: NamedLoad[] = [
    { name: 'full page', ...fullPageLoad(page) },
    ...(healthz ? [{ name: '/healthz', path: '/healthz', wrk: {} }] : []),
  ]
  const body = await fullPageBytes(page)
  const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-tail-'))
  try {
    const fake = await traceSide(
      'fake',
      (launch) => startFake({ workDir: dir }, 'default', launch),
      loads,
      seconds,
      dir,
    )
    const bare = await traceSide(
      'bare Hono',
      (launch) => startBareHono({ workDir: dir }, body, launch),
      loads,
      seconds,
      dir,
    )
    return toTailMarkdown(loads, [...fake, ...bare], seconds)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** One server under `--trace-gc` (its stdout in a file), each load measured after a warm-up. */
async function traceSide(
  side: string,
  start: (launch: Launch) => Promise<StartedServer>,
  loads: readonly NamedLoad[],
  seconds: number,
  dir: string,
): Promise<TailRun[]> {
  const file = join(dir, `${side.replace(/\W+/g, '-')}.trace-gc.txt`)
  const fd = openSync(file, 'w')
  let server: StartedServer
  try {
    server = await start({ nodeFlags: ['--trace-gc'], stdout: fd })
  } finally {
    closeSync(fd) // the child holds its own copy
  }
  // --trace-gc stamps a GC with the ms since the isolate was created: about when the process was spawned
  // (tens of ms later at most; the 300 ms idle gaps around each measured stretch absorb that).
  const spawnedAt = performance.now() - server.coldStartMs
  const measured: Array<{ load: NamedLoad; wrk: WrkResult; from: number; to: number }> = []
  try {
    for (const load of loads) {
      const url = `${server.url}${load.path}`
      await runWrk(url, { ...load.wrk, seconds: Math.min(2, seconds) }) // warm-up (JIT)
      await pause(300)
      const from = performance.now() - spawnedAt
      const wrk = await runWrk(url, { ...load.wrk, seconds, connections: CONNECTIONS })
      measured.push({ load, wrk, from, to: performance.now() - spawnedAt })
      await pause(300)
    }
  } finally {
    await server.stop() // SIGTERM: node exits normally and flushes V8's buffered trace lines
  }
  const events = parseTraceGc(readFileSync(file, 'utf8'))
  if (events.length === 0) throw new Error(`${side}: no --trace-gc lines in ${file}`)
  return measured.map(({ load, wrk, from, to }) => toTailRun(side, load.name, wrk, events, from, to))
}

function toTailRun(
  side: string,
  load: string,
  wrk: WrkResult,
  events: readonly GcEvent[],
  from: number,
  to: number,
): TailRun {
  const tailPauses = countPausesAtLeast(events, from, to, Math.max(0, wrk.p99Ms - wrk.p50Ms))
  return { side, load, wrk, pauses: summarizePauses(events, from, to), tailPauses }
}

function toTailMarkdown(loads: readonly NamedLoad[], runs: readonly TailRun[], seconds: number): string {
  const row = (run: TailRun) =>
    `| ${run.load} | ${run.side} | ${run.wrk.requests} | ${run.wrk.p50Ms.toFixed(2)} | ${run.wrk.p99Ms.toFixed(2)} | ${run.pauses.count} (${run.pauses.fullCount}) | ${run.pauses.totalMs.toFixed(1)} | ${run.pauses.maxMs.toFixed(2)} | ${run.pauses.overOneMs} | ${(run.pauses.share * 100).toFixed(2)} % |`
  return [
    `wrk -t1 -c${CONNECTIONS} for ${seconds} s per load (after a warm-up), each server under \`node --trace-gc\` and no profiler; pauses are the main thread's atomic GC pauses that started within the measured stretch.`,
    '',
    '| load | server | requests | p50 ms | p99 ms | GC pauses (of them full) | pause ms, total | longest pause ms | pauses ≥ 1 ms | share of the time in pauses |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...loads.flatMap((load) => runs.filter((run) => run.load === load.name).map(row)),
    '',
    ...loads.flatMap((load) => {
      const fake = runs.find((run) => run.load === load.name && run.side === 'fake')
      const bare = runs.find((run) => run.load === load.name && run.side !== 'fake')
      return fake && bare ? [toTailSentence(fake, bare), ''] : []
    }),
  ].join('\n')
}

/**
 * What the figures say about the tail and the pauses, and nothing more: a pause holds the requests in
 * flight (one per connection), so N pauses can have delayed at most N × 16 requests.
 */
export function toTailSentence(fake: TailRun, bare: TailRun): string {
  const share = (count: number) => ((count * CONNECTIONS) / Math.max(1, fake.wrk.requests)) * 100
  const overOne = share(fake.pauses.overOneMs)
  return [
    `${capitalize(fake.load)}: the fake's p99 is ${fake.wrk.p99Ms.toFixed(2)} ms against the bare app's ${bare.wrk.p99Ms.toFixed(2)} ms (${(fake.wrk.p99Ms / bare.wrk.p99Ms).toFixed(2)}×).`,
    `The fake spent ${percent(fake.pauses.share * 100)} of the measured time in GC pauses (${fake.pauses.count}, the longest ${fake.pauses.maxMs.toFixed(2)} ms), the bare app ${percent(bare.pauses.share * 100)} (${bare.pauses.count}, the longest ${bare.pauses.maxMs.toFixed(2)} ms).`,
    `A pause holds the requests in flight, at most ${CONNECTIONS}: the fake's ${fake.pauses.overOneMs} pauses of 1 ms or more can have held at most ${fake.pauses.overOneMs * CONNECTIONS} requests, ${percent(overOne)} of its ${fake.wrk.requests}, ${overOne >= 1 ? 'more than' : 'fewer than'} the 1 % beyond the p99 (the bare app: ${bare.pauses.overOneMs} ${bare.pauses.overOneMs === 1 ? 'pause' : 'pauses'} of 1 ms or more);`,
    `${fake.tailPauses} lasted at least its p99 − p50 (${(fake.wrk.p99Ms - fake.wrk.p50Ms).toFixed(2)} ms), long enough alone to push a median request past the p99: at most ${fake.tailPauses * CONNECTIONS} requests, ${percent(share(fake.tailPauses))}.`,
  ].join(' ')
}

function percent(value: number): string {
  return `${value.toFixed(2)} %`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
