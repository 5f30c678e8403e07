import type { ServerVersion } from '../contract/server-version.js'
import type { DomainContext } from '../domain/domain-context.js'
import { DEFAULT_META_CONFIG, type MetaConfig } from '../domain/meta-config.js'
import { MetaError } from '../domain/meta-error.js'
import type { VersionRecord } from '../model/version-record.js'
import type { Scenario } from '../scenarios/scenario-schema.js'
import { type FunctionFixture, toFixtureHistory } from '../seed/function-fixture.js'
import { replayHistory } from '../seed/replay-history.js'
import { DEFAULT_FUNCTION_COUNT, DEFAULT_SEED } from '../seed/seed-defaults.js'
import { seedStore } from '../seed/seed-store.js'
import { type ExactPool, writeExactPools } from '../seed/write-exact-pools.js'
import { type ExactReservation, writeExactRecords } from '../seed/write-exact-records.js'
import { type OtherWriterFixture, writeOtherWriterState } from '../seed/write-other-writer.js'
import type { ConfigOverrides } from './state-config.js'

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
  /** Layers, aliases and triggers another writer of etcd put there (absent: none). */
  readonly otherWriter?: OtherWriterFixture
}

/** What the options of a fake give every baseline (a scenario's own fields win). */
export interface BaselineOptions {
  readonly seed?: number
  readonly functions?: number
  readonly docExample?: boolean
  /** The options' release, checked (a scenario may name another). */
  readonly serverVersion: ServerVersion
  /** The options' settings, laid over the release's template (a scenario's over them). */
  readonly config?: ConfigOverrides
}

/** What a reset builds under `scenario`: the options' data, then the scenario's. */
export function toBaseline(
  options: BaselineOptions,
  fixtures: readonly FunctionFixture[],
  scenario: Scenario | undefined,
): Baseline {
  return {
    seed: scenario?.seed ?? options.seed ?? DEFAULT_SEED,
    functions: scenario?.functions ?? options.functions ?? DEFAULT_FUNCTION_COUNT,
    docExample: scenario?.docExample ?? options.docExample ?? true,
    fixtures: [...fixtures, ...(scenario?.load ?? [])],
    serverVersion: scenario?.serverVersion ?? options.serverVersion,
    config: scenario?.config,
    records: scenario?.records,
    reservations: scenario?.reservations,
    podPools: scenario?.podPools,
    otherWriter: scenario && {
      layers: scenario.layers,
      aliases: scenario.aliases,
      triggers: scenario.triggers,
    },
  }
}

/** The parts of a baseline a reload cannot patch: changing any of them rebuilds everything. */
export function toGeneratedKey(baseline: Baseline): string {
  return JSON.stringify([
    baseline.seed,
    baseline.functions,
    baseline.docExample,
    baseline.serverVersion,
    baseline.config,
    baseline.records,
    baseline.reservations,
    baseline.podPools,
    baseline.otherWriter,
  ])
}

/** Writes a baseline into an empty store, through the domain operations. */
export async function writeBaseline(ctx: DomainContext, baseline: Baseline): Promise<void> {
  await seedStore(ctx, baseline)
  writeExactRecords(ctx, baseline.records ?? [], baseline.reservations ?? [])
  writeExactPools(ctx, baseline.podPools ?? [])
  writeOtherWriterState(ctx, baseline.otherWriter ?? {})
  await loadFixtures(ctx, baseline.fixtures)
}

/** A loaded function the API operations refused; the message names it, where it is, and why. */
export class FixtureLoadError extends Error {
  override readonly name = 'FixtureLoadError'
  constructor(
    readonly fixture: FunctionFixture,
    readonly refusal: MetaError,
    /** Where the fixture is (`fixtures/a.json at /load/2`), when known. */
    readonly place?: string,
    /** The session whose data refused it (a hot reload loads changed functions into every session). */
    readonly session?: string,
    /** What to do, when the refusal itself says it (a version limit); else the usual causes. */
    readonly hint?: string,
  ) {
    const where = fixture.tenant ? ` in tenant "${fixture.tenant}"` : ''
    const usual =
      session === undefined
        ? 'a generated function may have the same name: change the name, the seed or the functions count'
        : `session "${session}" already holds a function of that name, written through the API: ` +
          'reset or drop that session, then save the file again'
    super(
      `${place ? `${place}: ` : ''}cannot load function "${fixture.name}"${where}` +
        `${session === undefined ? '' : ` into session "${session}"`}: the server would answer ` +
        `${refusal.code} "${refusal.message}" (${hint ?? usual})`,
    )
  }

  /** The same error, saying where the fixture is and which session refused it. */
  at(place: string, session?: string): FixtureLoadError {
    return new FixtureLoadError(this.fixture, this.refusal, place, session, this.hint)
  }
}

/** Loads functions into a store, in order, through the same checks as the API. */
export async function loadFixtures(ctx: DomainContext, fixtures: readonly FunctionFixture[]): Promise<void> {
  for (const fixture of fixtures) {
    try {
      await replayHistory(ctx, toFixtureHistory(fixture, ctx.config.defaultTenant))
    } catch (error) {
      if (!(error instanceof MetaError)) throw error
      throw new FixtureLoadError(fixture, error, undefined, undefined, toRefusalHint(error, fixture, ctx))
    }
  }
}

/** The 4110 limit is the server's (`versionMax`, 8 by default): say so, and how to raise it. */
function toRefusalHint(refusal: MetaError, fixture: FunctionFixture, ctx: DomainContext): string | undefined {
  if (refusal.code !== 4110) return undefined
  const { versions = [] } = fixture
  const count = typeof versions === 'number' ? versions : versions.length
  const limit = ctx.config.versionMax
  return (
    `a function holds at most ${limit} published versions beside $latest, as on the real server ` +
    `(config.versionMax, ${DEFAULT_META_CONFIG.versionMax} by default), and "versions" lists ${count}: ` +
    `list at most ${limit}, or raise it with "config": {"versionMax": ${count}} in the scenario ` +
    `(createMetaService({ config: { versionMax: ${count} } }) in code)`
  )
}
