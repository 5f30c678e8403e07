import type { ServerVersion } from '../contract/server-version.js'
import type { DomainContext } from '../domain/domain-context.js'
import type { MetaConfig } from '../domain/meta-config.js'
import { MetaError } from '../domain/meta-error.js'
import type { VersionRecord } from '../model/version-record.js'
import { type FunctionFixture, toFixtureHistory } from '../seed/function-fixture.js'
import { replayHistory } from '../seed/replay-history.js'
import { seedStore } from '../seed/seed-store.js'
import { type ExactPool, writeExactPools } from '../seed/write-exact-pools.js'
import { type ExactReservation, writeExactRecords } from '../seed/write-exact-records.js'

/** What a fresh state is built from: generated data plus functions to load. */
export interface Baseline {
  readonly seed: number
  readonly functions: number
  readonly docExample: boolean
  readonly fixtures: readonly FunctionFixture[]
  /** The release the state answers as: the active scenario's, else the options'. */
  readonly serverVersion: ServerVersion
  /** Settings the active scenario overrides (a store is built for its settings). */
  readonly config: Partial<MetaConfig> | undefined
  /** Exact records and reservations of an imported tenant, written as they were (absent: none). */
  readonly records?: readonly VersionRecord[]
  readonly reservations?: readonly ExactReservation[]
  /** Exact pod pools of an imported server, newest write first, as it listed them (absent: none). */
  readonly podPools?: readonly ExactPool[]
}

/** Writes a baseline into an empty store, through the domain operations. */
export async function writeBaseline(ctx: DomainContext, baseline: Baseline): Promise<void> {
  await seedStore(ctx, baseline)
  writeExactRecords(ctx, baseline.records ?? [], baseline.reservations ?? [])
  writeExactPools(ctx, baseline.podPools ?? [])
  await loadFixtures(ctx, baseline.fixtures)
}

/** A loaded function the API operations refused; the message names it and says why. */
export class FixtureLoadError extends Error {
  override readonly name = 'FixtureLoadError'
  constructor(fixture: FunctionFixture, cause: MetaError) {
    const where = fixture.tenant ? ` in tenant "${fixture.tenant}"` : ''
    super(
      `cannot load function "${fixture.name}"${where}: the server would answer ${cause.code} "${cause.message}" ` +
        '(a generated function may have the same name: change the name, the seed or the functions count)',
    )
  }
}

/** Loads functions into a store, in order, through the same checks as the API. */
export async function loadFixtures(ctx: DomainContext, fixtures: readonly FunctionFixture[]): Promise<void> {
  for (const fixture of fixtures) {
    try {
      await replayHistory(ctx, toFixtureHistory(fixture, ctx.config.defaultTenant))
    } catch (error) {
      throw error instanceof MetaError ? new FixtureLoadError(fixture, error) : error
    }
  }
}
