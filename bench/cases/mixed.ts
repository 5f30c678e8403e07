import type { BenchConfig } from '../lib/bench-config.js'
import { MIX_SESSIONS, mixWrkOptions } from '../lib/mix-load.js'
import { PREVIOUS_COMMIT, startPreviousFake } from '../lib/previous-fake.js'
import { type StartedServer, treeRssMiB } from '../lib/processes.js'
import { type ReportRow, toRatioRow } from '../lib/report.js'
import { startFake } from '../lib/servers.js'
import { alternate } from '../lib/side-by-side.js'
import { runWrk, type WrkResult } from '../lib/wrk.js'

/**
 * Goal 2: the soak's mix (reads, writes, publishes, faults) over 150 sessions, against the previous
 * fake (pre-refactor main) in one run; then memory sampled across a long run of the same mix.
 */
export async function benchMixed(config: BenchConfig): Promise<ReportRow[]> {
  const rates = await alternate(config.rounds, {
    fake: () => mixRound(() => startFake(config), config.loadSeconds),
    previous: () => mixRound(() => startPreviousFake(config), config.loadSeconds),
  })
  const rateRow = toRatioRow({
    goal: '2 mixed workload',
    measure: `the soak's mix over ${MIX_SESSIONS} sessions, wrk -t1 -c16, req/s (fresh server per round, after a warm-up)`,
    fake: rates.fake,
    base: rates.previous,
    baseLabel: `previous fake (${PREVIOUS_COMMIT})`,
    op: '>=',
    target: 10,
  })
  return [rateRow, ...(await memoryOverLongMix(config))]
}

async function mixRound(start: () => Promise<StartedServer>, seconds: number): Promise<number> {
  const server = await start()
  try {
    // The soak runs for minutes, so its rate is the warmed-up one: each side first runs the mix
    // unmeasured for half as long again (V8 compiles the paths the mix takes; ~5.8k vs ~7.6k req/s
    // in a first and a later 5 s round of this fake, ~1.0k vs ~1.1k for the previous one).
    await runMix(server, Math.ceil(seconds / 2))
    return (await runMix(server, seconds)).rps
  } finally {
    await server.stop()
  }
}

function runMix(server: StartedServer, seconds: number): Promise<WrkResult> {
  return runWrk(server.url, { ...mixWrkOptions(), seconds })
}

/** Runs the mix in chunks until `mixRequests` answers (or the time cap), sampling memory each second. */
async function memoryOverLongMix(config: BenchConfig): Promise<ReportRow[]> {
  const server = await startFake(config)
  const pid = server.child.pid as number
  const samples = [treeRssMiB(pid)]
  const sampler = setInterval(() => samples.push(treeRssMiB(pid)), 1000)
  const started = performance.now()
  let requests = 0
  try {
    while (requests < config.mixRequests && performance.now() - started < config.mixCapSeconds * 1000) {
      requests += (await runMix(server, config.mixChunkSeconds)).requests
    }
  } finally {
    clearInterval(sampler)
    samples.push(treeRssMiB(pid))
    await server.stop()
  }
  return toFlatMemoryRows(samples, requests, config)
}

function toFlatMemoryRows(samples: readonly number[], requests: number, config: BenchConfig): ReportRow[] {
  // After warm-up: the highest sample in the second fifth of the run; flat: the end within 10 % of it.
  const fifth = Math.max(1, Math.floor(samples.length / 5))
  const warm = Math.max(...samples.slice(fifth, 2 * fifth + 1))
  const end = samples.at(-1) as number
  const reached = requests >= config.mixRequests
  return [
    {
      goal: '2 mixed workload',
      measure: `resident MiB across ${requests.toLocaleString('en')} mixed requests (start → after warm-up → peak → end)`,
      value: `${(samples[0] as number).toFixed(0)} → ${warm.toFixed(0)} → ${Math.max(...samples).toFixed(0)} → ${end.toFixed(0)}`,
      baseline: `${warm.toFixed(0)} MiB after warm-up`,
      ratio: (end / warm).toFixed(2),
      target: `≤ 1.10× over ${config.mixRequests.toLocaleString('en')} requests`,
      met: reached ? end / warm <= 1.1 : config.smoke ? undefined : false,
      note: reached
        ? undefined
        : `only ${requests.toLocaleString('en')} requests within ${config.mixCapSeconds} s`,
    },
  ]
}
