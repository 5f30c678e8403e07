import type { DomainContext } from '../domain/domain-context.js'
import type { MetaConfig } from '../domain/meta-config.js'
import { toScenarioSource } from '../scenarios/parse-scenario.js'
import { ScenarioRuntime } from '../scenarios/scenario-runtime.js'
import type { Scenario } from '../scenarios/scenario-schema.js'
import type { ScenarioSet } from '../scenarios/scenario-set.js'
import type { DataBudget } from '../seed/data-budget.js'
import type { FunctionFixture } from '../seed/function-fixture.js'
import { MetaStore } from '../store/meta-store.js'
import { describeDiff } from './apply-fixture-diff.js'
import {
  type Baseline,
  type BaselineOptions,
  FixtureLoadError,
  toBaseline,
  toGeneratedKey,
  writeBaseline,
} from './baseline.js'
import { checkDataBudget } from './budget-check.js'
import { diffFixtures, type FixtureDiff } from './fixture-diff.js'
import { applyFixtureChange } from './fixture-reload.js'
import type { SessionPool } from './session-pool.js'
import { toStateConfig } from './state-config.js'

/** What a hot reload did. */
export interface ReloadSummary {
  readonly active: string | undefined
  /** 'unchanged', 'rebuilt' (a new seed), or which loaded functions were rewritten. */
  readonly data: string
  /** Whether the active scenario's state and call counts started over (its rules changed). */
  readonly rulesRestarted: boolean
}

/** What the baseline is built from beside the scenarios. */
export interface BaselineSources {
  readonly options: BaselineOptions & { readonly load?: readonly FunctionFixture[] }
  /** The options' loaded functions, validated. */
  readonly fixtures: readonly FunctionFixture[]
  /** The deployment settings a scenario's `config` is laid over. */
  readonly config: MetaConfig
  readonly now: () => Date
  readonly budget: DataBudget
}

/**
 * The loaded scenarios and the baseline every session starts from, and the changes of them (a
 * scenario switch, a hot reload). Each change is built aside and swapped in at once, or not at all:
 * requests wait while one is prepared and then see all of it, or, when it fails, all of the state
 * before (issue 23). Changes run one after another.
 */
export class BaselineState {
  #scenarios: ScenarioSet
  #template = new MetaStore()
  /** The settings of every session of the current baseline: one frozen object, shared. */
  #config: MetaConfig
  /** Whether a baseline was ever built: until then a failed build leaves nothing to answer from. */
  #built = false
  #ready: Promise<void> = Promise.resolve()
  /** Whether `#ready` has settled, so the hot path skips awaiting it. */
  isReady = false

  constructor(
    readonly sources: BaselineSources,
    scenarios: ScenarioSet,
    private readonly sessions: SessionPool,
  ) {
    // Every scenario's data is checked before anything is built: a fixture too large fails at once.
    checkEveryBudget(sources, scenarios)
    this.#scenarios = scenarios
    this.#config = toSessionConfig(sources, this.baseline)
    this.#change(() => this.#rebuild(scenarios)).catch(() => undefined)
  }

  /** Settles when the baseline is ready; rejects if no baseline could ever be built. */
  get ready(): Promise<void> {
    return this.#ready
  }

  get scenarios(): ScenarioSet {
    return this.#scenarios
  }

  /** What a reset builds: the options' data, then the active scenario's. */
  get baseline(): Baseline {
    return baselineOf(this.sources, this.#scenarios)
  }

  /** A state on the current baseline's settings: a copy of the template, or `store`. */
  context(store: MetaStore = this.#template.clone()): DomainContext {
    return { store, config: this.#config, now: this.sources.now }
  }

  /** Switches scenario (undefined: none): every session starts again from its baseline. */
  useScenario(name: string | undefined): Promise<void> {
    return this.#change(() => this.#rebuild(this.#scenarios.withActive(name)))
  }

  /**
   * Replaces the loaded scenarios (a hot reload). Data the change does not touch is kept: a new
   * seed rebuilds everything, changed loaded functions are rewritten, the rest stays as it is.
   */
  reload(scenarios: readonly Scenario[]): Promise<ReloadSummary> {
    return this.#change(async () => {
      const next = this.#scenarios.withScenarios(scenarios)
      checkEveryBudget(this.sources, next)
      const before = this.baseline
      const after = baselineOf(this.sources, next)
      if (!this.#built || toGeneratedKey(before) !== toGeneratedKey(after)) {
        await this.#rebuild(next)
        return { active: next.active?.scenario.name, data: 'rebuilt', rulesRestarted: true }
      }
      return this.#patch(next, diffFixtures(before.fixtures, after.fixtures))
    })
  }

  /**
   * Applies a reload that keeps the generated data: the changed loaded functions are rewritten in
   * the template and in every session, all at once, and the rules restart if they changed.
   */
  async #patch(next: ScenarioSet, diff: FixtureDiff): Promise<ReloadSummary> {
    const rulesRestarted = toRulesKey(this.#scenarios) !== toRulesKey(next)
    const commit = (template: MetaStore) => {
      this.#scenarios = next
      this.#template = template
      if (rulesRestarted)
        for (const session of this.sessions.list())
          this.sessions.replace({ ...session, runtime: new ScenarioRuntime() })
    }
    const active = next.active?.scenario.name
    if (diff.remove.length + diff.load.length === 0) {
      commit(this.#template)
      return { active, data: 'unchanged', rulesRestarted }
    }
    const after = baselineOf(this.sources, next)
    await applyFixtureChange(
      {
        template: this.context(this.#template),
        sessions: () => this.sessions.list(),
        diff,
        placeOf: (fixture) => toFixturePlace(this.sources, next, after, fixture),
      },
      commit,
    )
    return { active, data: `updated ${describeDiff(diff)}`, rulesRestarted }
  }

  /** Runs a change after the ones before it; requests wait for it, and the state is all of it or none. */
  #change<T>(change: () => Promise<T>): Promise<T> {
    const run = this.#ready.then(change, change)
    const ready = run.then(
      () => undefined,
      (error: unknown) => (this.#built ? undefined : Promise.reject(error)),
    )
    this.#ready = ready
    this.isReady = false
    ready.then(
      () => {
        if (this.#ready === ready) this.isReady = true
      },
      () => undefined,
    )
    return run
  }

  /** Builds the baseline of `next` aside, then makes it current and drops every session. */
  async #rebuild(next: ScenarioSet): Promise<void> {
    const baseline = baselineOf(this.sources, next)
    const config = toSessionConfig(this.sources, baseline)
    const ctx: DomainContext = { store: new MetaStore(), config, now: this.sources.now }
    ctx.store.validateWrites = false
    try {
      await writeBaseline(ctx, baseline)
    } catch (error) {
      if (!(error instanceof FixtureLoadError)) throw error
      throw error.at(toFixturePlace(this.sources, next, baseline, error.fixture))
    }
    ctx.store.validateWrites = true
    ctx.store.sealBaseline()
    this.#scenarios = next
    this.#template = ctx.store
    this.#config = config
    this.#built = true
    this.sessions.clear()
  }
}

function baselineOf(sources: BaselineSources, scenarios: ScenarioSet): Baseline {
  return toBaseline(sources.options, sources.fixtures, scenarios.active?.scenario)
}

/**
 * One settings object for every session: read-only, and sessions may be made per request. The
 * release's template, then the options' settings, then the scenario's.
 */
function toSessionConfig(sources: BaselineSources, baseline: Baseline): MetaConfig {
  return Object.freeze(toStateConfig(baseline.serverVersion, sources.options.config, baseline.config))
}

/** The data of the options alone and with each scenario must fit the budget. */
function checkEveryBudget(sources: BaselineSources, scenarios: ScenarioSet): void {
  checkDataBudget(sources.options, undefined, sources.budget)
  for (const { scenario } of scenarios.list()) checkDataBudget(sources.options, scenario, sources.budget)
}

function toRulesKey(scenarios: ScenarioSet): string {
  return JSON.stringify(scenarios.active?.scenario.rules ?? [])
}

/** Where a loaded function of a baseline is written: the options' `load`, or the active scenario's. */
function toFixturePlace(
  sources: BaselineSources,
  scenarios: ScenarioSet,
  baseline: Baseline,
  fixture: FunctionFixture,
): string {
  const index = baseline.fixtures.indexOf(fixture)
  const scenario = scenarios.active?.scenario
  if (index < sources.fixtures.length || !scenario) return `options at /load/${index}`
  return `${toScenarioSource(scenario)} at /load/${index - sources.fixtures.length}`
}
