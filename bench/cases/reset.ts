import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createMetaService } from '../../src/index.js'
import { type BenchConfig, BIG_DATA_BUDGET } from '../lib/bench-config.js'
import type { ReportRow } from '../lib/report.js'
import { median, spread } from '../lib/stats.js'

/** Goal 6: back to the baseline, and a new session's state, at the default seed and at 100k records. */
export async function benchReset(config: BenchConfig): Promise<ReportRow[]> {
  const small = createMetaService()
  const bigScenario = JSON.parse(readFileSync(join(config.workDir, 'big.json'), 'utf8'))
  const big = createMetaService({ scenarios: [bigScenario], scenario: 'big', dataBudget: BIG_DATA_BUDGET })
  await Promise.all([small.ready, big.ready])
  const rows: ReportRow[] = []
  for (const [label, service, target] of [
    ['default seed', small, 20],
    [`${big.engine.defaultState.store.recordCount.toLocaleString('en')} records`, big, 500],
  ] as const) {
    const resets: number[] = []
    const sessions: number[] = []
    for (let n = 0; n < 15; n++) {
      resets.push(
        await time(async () => {
          await service.reset()
          service.engine.session()
        }),
      )
      sessions.push(await time(async () => service.engine.session(`bench-${n}`)))
    }
    rows.push(
      toRow(`reset to the baseline, ${label}`, resets, target),
      toRow(`a new session, ${label}`, sessions, target),
    )
  }
  return rows
}

function toRow(measure: string, times: number[], target: number): ReportRow {
  return {
    goal: '6 reset',
    measure: `${measure}, ms (median; spread)`,
    value: `${median(times).toFixed(2)} (${spread(times, 2)})`,
    baseline: '–',
    ratio: '–',
    target: `≤ ${target}`,
    met: median(times) <= target,
  }
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}
