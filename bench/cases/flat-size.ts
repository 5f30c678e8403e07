import { type BenchConfig, BIG_FIRST_PAGE, BIG_FUNCTION } from '../lib/bench-config.js'
import { measureLatencyUs } from '../lib/load.js'
import { treeRssMiB } from '../lib/processes.js'
import type { ReportRow } from '../lib/report.js'
import { startFake, VERSIONS_PATH } from '../lib/servers.js'
import { median, ratio } from '../lib/stats.js'
import { runWrk } from '../lib/wrk.js'

/** Goal 6 (pages cost their rows, not the store) and goal 3 (memory after load at 100k records), on one large server. */
export async function benchFlatSize(config: BenchConfig): Promise<ReportRow[]> {
  const small = await startFake(config)
  const big = await startFake(config, 'big')
  const records = await countRecords(big.url)
  const pages = {
    first: BIG_FIRST_PAGE,
    middle: `/serverless/v1/functions/${BIG_FUNCTION}/versions?pageIndex=${Math.floor(config.bigVersions / 20)}&pageSize=10`,
    last: `/serverless/v1/functions/${BIG_FUNCTION}/versions?pageIndex=${Math.ceil((config.bigVersions + 1) / 10)}&pageSize=10`,
  }
  const samples: Record<string, number[]> = { baseline: [], first: [], middle: [], last: [] }
  try {
    for (let round = 0; round < config.rounds; round++) {
      samples.baseline?.push(
        median(await measureLatencyUs(`${small.url}${VERSIONS_PATH}`, config.latencyRequests)),
      )
      for (const [page, path] of Object.entries(pages)) {
        samples[page]?.push(median(await measureLatencyUs(`${big.url}${path}`, config.latencyRequests)))
      }
    }
    await runWrk(`${big.url}${pages.first}`, { seconds: config.loadSeconds })
    const empty = await startFake(config, 'empty')
    const emptyRss = treeRssMiB(empty.child.pid as number)
    await empty.stop()
    return [
      ...toPageRows(samples, records),
      ...toMemoryRows(treeRssMiB(big.child.pid as number), emptyRss, records),
    ]
  } finally {
    await Promise.all([small.stop(), big.stop()])
  }
}

function toPageRows(samples: Record<string, number[]>, records: number): ReportRow[] {
  const baseline = median(samples.baseline ?? [])
  return ['first', 'middle', 'last'].map((page) => {
    const value = median(samples[page] ?? [])
    return {
      goal: '6 flat in size',
      measure: `${page} page of a ${records.toLocaleString('en')}-record store, median µs`,
      value: value.toFixed(0),
      baseline: `${baseline.toFixed(0)} default seed`,
      ratio: ratio(value, baseline),
      target: '≤ 1.25',
      met: value / baseline <= 1.25,
    }
  })
}

function toMemoryRows(rssMiB: number, emptyRssMiB: number, records: number): ReportRow[] {
  const per10k = (rssMiB - emptyRssMiB) / (records / 10_000)
  return [
    {
      goal: '3 memory',
      measure: `resident memory with ${records.toLocaleString('en')} records, after a wrk load of its first page, MiB`,
      value: rssMiB.toFixed(0),
      baseline: '–',
      ratio: '–',
      target: '≤ 250 MiB (at 100,000)',
      met: records >= 90_000 ? rssMiB <= 250 : undefined,
    },
    {
      goal: '3 memory',
      measure: 'resident memory per 10,000 records (above an empty fake), MiB',
      value: per10k.toFixed(1),
      baseline: `${emptyRssMiB.toFixed(0)} MiB empty fake`,
      ratio: '–',
      target: '–',
      met: undefined,
    },
  ]
}

async function countRecords(url: string): Promise<number> {
  const health = (await (await fetch(`${url}/__admin/health`)).json()) as { records: number }
  return health.records
}
