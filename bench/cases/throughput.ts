import type { BenchConfig } from '../lib/bench-config.js'
import { runLoad } from '../lib/load.js'
import type { ReportRow } from '../lib/report.js'
import { fetchBytes, startBareHono, startFake, VERSIONS_PATH } from '../lib/servers.js'
import { median, ratio, spread } from '../lib/stats.js'

/** Goal 1: the versions page on the standalone server against a bare Hono app sending the same bytes. */
export async function benchThroughput(config: BenchConfig): Promise<ReportRow[]> {
  const fake = await startFake(config)
  const bare = await startBareHono(config, await fetchBytes(`${fake.url}${VERSIONS_PATH}`))
  const runs = {
    fake: [] as Array<{ rps: number; p99Ms: number }>,
    bare: [] as Array<{ rps: number; p99Ms: number }>,
  }
  try {
    for (let round = 0; round < config.rounds; round++) {
      runs.fake.push(await checked(runLoad(`${fake.url}${VERSIONS_PATH}`, config.loadSeconds)))
      runs.bare.push(await checked(runLoad(`${bare.url}${VERSIONS_PATH}`, config.loadSeconds)))
    }
  } finally {
    await Promise.all([fake.stop(), bare.stop()])
  }
  const rps = { fake: median(runs.fake.map((r) => r.rps)), bare: median(runs.bare.map((r) => r.rps)) }
  const p99 = { fake: median(runs.fake.map((r) => r.p99Ms)), bare: median(runs.bare.map((r) => r.p99Ms)) }
  return [
    {
      goal: '1 throughput',
      measure: 'versions page, req/s (median; spread)',
      value: `${rps.fake.toFixed(0)} (${spread(
        runs.fake.map((r) => r.rps),
        0,
      )})`,
      baseline: `${rps.bare.toFixed(0)} bare Hono (${spread(
        runs.bare.map((r) => r.rps),
        0,
      )})`,
      ratio: ratio(rps.fake, rps.bare),
      target: '≥ 0.80',
      met: rps.fake / rps.bare >= 0.8,
    },
    {
      goal: '1 throughput',
      measure: 'versions page, p99 latency ms',
      value: p99.fake.toFixed(1),
      baseline: `${p99.bare.toFixed(1)} bare Hono`,
      ratio: ratio(p99.fake, p99.bare),
      target: '≤ 1.50',
      met: p99.fake / Math.max(p99.bare, 1) <= 1.5,
    },
  ]
}

async function checked(run: ReturnType<typeof runLoad>) {
  const result = await run
  if (result.errors > 0) throw new Error(`the load run saw ${result.errors} errors or non-2xx answers`)
  return result
}
