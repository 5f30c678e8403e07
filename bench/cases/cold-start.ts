import type { BenchConfig } from '../lib/bench-config.js'
import type { ReportRow } from '../lib/report.js'
import { startFake, startHelloWorld } from '../lib/servers.js'
import { median, ratio, spread } from '../lib/stats.js'

/** Goal 6: spawn to first 200, against a bare hello-world started the same way; and with 100k records. */
export async function benchColdStart(config: BenchConfig): Promise<ReportRow[]> {
  const fake: number[] = []
  const hello: number[] = []
  const big: number[] = []
  const rounds = Math.max(3, config.rounds)
  for (let round = 0; round < rounds; round++) {
    fake.push(await timeStart(() => startFake(config)))
    hello.push(await timeStart(startHelloWorld))
  }
  for (let round = 0; round < Math.min(3, rounds); round++)
    big.push(await timeStart(() => startFake(config, 'big')))
  return [
    {
      goal: '6 cold start',
      measure: 'built CLI, spawn to first 200, ms (median; spread)',
      value: `${median(fake).toFixed(0)} (${spread(fake, 0)})`,
      baseline: `${median(hello).toFixed(0)} hello-world (${spread(hello, 0)})`,
      ratio: ratio(median(fake), median(hello)),
      target: '≤ 2.00',
      met: median(fake) / median(hello) <= 2,
    },
    {
      goal: '6 cold start',
      measure: `with the large data set (${config.bigFunctions} functions + ${config.bigVersions} versions), ms`,
      value: `${median(big).toFixed(0)} (${spread(big, 0)})`,
      baseline: '–',
      ratio: '–',
      target: '≤ 2000',
      met: config.smoke ? undefined : median(big) <= 2000,
    },
  ]
}

async function timeStart(
  start: () => Promise<{ coldStartMs: number; stop(): Promise<void> }>,
): Promise<number> {
  const server = await start()
  await server.stop()
  return server.coldStartMs
}
