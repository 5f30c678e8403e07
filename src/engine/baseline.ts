import { type FunctionFixture, toFixtureHistory } from '../seed/function-fixture.js'
import { replayHistory } from '../seed/replay-history.js'
import { seedStore } from '../seed/seed-store.js'
import type { MetaConfig } from '../service/meta-config.js'
import type { ServiceContext } from '../service/service-context.js'

/** What a fresh state is built from: generated data plus functions to load. */
export interface Baseline {
  readonly seed: number
  readonly functions: number
  readonly docExample: boolean
  readonly fixtures: readonly FunctionFixture[]
  /** Settings the active scenario overrides (a store is built for its settings). */
  readonly config: Partial<MetaConfig> | undefined
}

/** Writes a baseline into an empty store, through the domain operations. */
export async function writeBaseline(ctx: ServiceContext, baseline: Baseline): Promise<void> {
  await seedStore(ctx, baseline)
  await loadFixtures(ctx, baseline.fixtures)
}

/** Loads functions into a store, in order. */
export async function loadFixtures(ctx: ServiceContext, fixtures: readonly FunctionFixture[]): Promise<void> {
  for (const fixture of fixtures)
    await replayHistory(ctx, toFixtureHistory(fixture, ctx.config.defaultTenant))
}
