import { type FunctionFixture, toFixtureHistory } from '../seed/function-fixture.js'
import { replayHistory } from '../seed/replay-history.js'
import { seedStore } from '../seed/seed-store.js'
import type { ServiceContext } from '../service/service-context.js'

/** What a fresh state is built from: generated data plus functions to load. */
export interface Baseline {
  readonly seed: number
  readonly functions: number
  readonly fixtures: readonly FunctionFixture[]
}

/** Writes a baseline into an empty store, through the domain operations. */
export async function writeBaseline(ctx: ServiceContext, baseline: Baseline): Promise<void> {
  await seedStore(ctx, { seed: baseline.seed, functions: baseline.functions })
  await loadFixtures(ctx, baseline.fixtures)
}

/** Loads functions into a store, in order. */
export async function loadFixtures(ctx: ServiceContext, fixtures: readonly FunctionFixture[]): Promise<void> {
  for (const fixture of fixtures) await replayHistory(ctx, toFixtureHistory(fixture, ctx.config.defaultTenant))
}

/** A key that tells whether two baselines would write the same data. */
export function toBaselineKey(baseline: Baseline): string {
  return JSON.stringify(baseline)
}
