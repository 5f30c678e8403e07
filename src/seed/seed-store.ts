import type { DomainContext } from '../domain/domain-context.js'
import { toScope } from '../model/scope.js'
import { DEFAULT_SEED_HISTORIES } from './default-seed-histories.js'
import { toDocExampleHistory } from './doc-example.js'
import type { FunctionHistory } from './function-history.js'
import { generateHistory } from './generate-history.js'
import { replayHistory } from './replay-history.js'
import { DEFAULT_SEED, DOCUMENTED_SEED } from './seed-defaults.js'
import { loadSeedFaker } from './seed-faker.js'
import { fromStoredHistory, type StoredHistory } from './stored-history.js'

/** What to seed: the documentation's example plus `functions` generated from `seed`. */
export interface SeedOptions {
  readonly seed: number
  readonly functions: number
  /** Whether to write the documentation's example (an empty cluster has none). */
  readonly docExample: boolean
}

/** Seeds a store: the documentation's example first, then each generated function in order. */
export async function seedStore(ctx: DomainContext, options: SeedOptions): Promise<void> {
  if (options.docExample) await replayHistory(ctx, toDocExampleHistory(toScope(ctx.config.defaultTenant)))
  const stored = await precomputedHistories(options.seed)
  for (let index = 0; index < options.functions; index++) {
    const history = await generatedHistory(stored, options.seed, index, ctx.config.defaultTenant)
    await replayHistory(ctx, withFreeName(ctx, history, index))
  }
}

/**
 * The functions precomputed for `seed`: the default seed's (decision 0018: a default start needs no
 * faker), and the documented seed's, loaded only when asked for (decision 0038: a test file set up as
 * the README shows needs no faker either). Other seeds have none.
 */
async function precomputedHistories(seed: number): Promise<readonly StoredHistory[]> {
  if (seed === DEFAULT_SEED) return DEFAULT_SEED_HISTORIES
  if (seed === DOCUMENTED_SEED)
    return (await import('./documented-seed-histories.js')).DOCUMENTED_SEED_HISTORIES
  return []
}

/**
 * Function `index` of `seed`: read from its precomputed functions where there is one, else generated
 * by faker, which is loaded on first use.
 */
async function generatedHistory(
  precomputed: readonly StoredHistory[],
  seed: number,
  index: number,
  defaultTenant: string,
): Promise<FunctionHistory> {
  const stored = precomputed[index]
  if (stored) return fromStoredHistory(stored, defaultTenant)
  return generateHistory(await loadSeedFaker(), seed, index, defaultTenant)
}

/** A generated name already taken gets the index as suffix; earlier functions never change. */
function withFreeName(ctx: DomainContext, history: FunctionHistory, index: number): FunctionHistory {
  if (!ctx.store.findFunction(history.scope, history.name)) return history
  return { ...history, name: `${history.name}-${index}` }
}
