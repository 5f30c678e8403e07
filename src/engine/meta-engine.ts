import { parseScenario } from '../scenarios/parse-scenario.js'
import { toRequestFacts } from '../scenarios/request-facts.js'
import { runRule } from '../scenarios/rule-response.js'
import { ScenarioRuntime } from '../scenarios/scenario-runtime.js'
import type { Scenario, ScenarioInput } from '../scenarios/scenario-schema.js'
import { ScenarioSet } from '../scenarios/scenario-set.js'
import type { FunctionFixture } from '../seed/function-fixture.js'
import { functionFixtureSchema } from '../seed/function-fixture.js'
import { DEFAULT_FUNCTION_COUNT, DEFAULT_SEED } from '../seed/seed-store.js'
import { DEFAULT_META_CONFIG, type MetaConfig } from '../service/meta-config.js'
import type { ServiceContext } from '../service/service-context.js'
import { MetaStore } from '../store/meta-store.js'
import { applyFixtureDiff, describeDiff } from './apply-fixture-diff.js'
import { type Baseline, writeBaseline } from './baseline.js'
import { diffFixtures } from './fixture-diff.js'
import { createLogger, type Logger, type LogLevel } from './logger.js'

/** Options of one fake meta_service. */
export interface MetaServiceOptions {
  /** Seed of the generated data; the CLI uses the same default. */
  readonly seed?: number
  /** How many functions to generate beside the documentation's example (0 for none). */
  readonly functions?: number
  /** Extra functions to load after the generated ones. */
  readonly load?: readonly FunctionFixture[]
  /** Whether to serve the documentation's example function (default true). */
  readonly docExample?: boolean
  /** Scenarios that can be switched to: files read by `loadScenarios`, or objects in code. */
  readonly scenarios?: readonly ScenarioInput[]
  /** The scenario active from the start. */
  readonly scenario?: string
  /** Deployment settings (version limit, CPU and memory ranges, runtimes, default tenant). */
  readonly config?: Partial<MetaConfig>
  /** The clock of API writes; seeded history has its own dates. */
  readonly now?: () => Date
  readonly logLevel?: LogLevel
  readonly logger?: Logger
}

/** The parts of a baseline a reload cannot patch: changing any of them rebuilds everything. */
function toGeneratedKey(baseline: Baseline): string {
  return JSON.stringify([baseline.seed, baseline.functions, baseline.docExample, baseline.config])
}

/** What a hot reload did. */
export interface ReloadSummary {
  readonly active: string | undefined
  /** 'unchanged', 'rebuilt' (a new seed), or which loaded functions were rewritten. */
  readonly data: string
  /** Whether the active scenario's state and call counts started over (its rules changed). */
  readonly rulesRestarted: boolean
}

/** One isolated state: the store and the scenario progress. */
interface SessionState {
  readonly ctx: ServiceContext
  readonly runtime: ScenarioRuntime
}

/** How the routes are reached once the engine has picked the state for a request. */
export type Forward = (request: Request, ctx: ServiceContext) => Promise<Response>

/**
 * The engine behind every face: settings, scenarios, the current state and how to rebuild it.
 * A rebuild writes a fresh store and swaps it in (the data library's `clear()` is quadratic).
 */
export class MetaEngine {
  readonly config: MetaConfig
  readonly log: Logger
  readonly #options: MetaServiceOptions
  readonly #now: () => Date
  readonly #fixtures: readonly FunctionFixture[]
  #scenarios: ScenarioSet
  #session: SessionState
  #ready: Promise<void>

  constructor(options: MetaServiceOptions = {}) {
    this.#options = options
    this.config = { ...DEFAULT_META_CONFIG, ...options.config }
    this.log = options.logger ?? createLogger(options.logLevel)
    this.#now = options.now ?? (() => new Date())
    // Fixtures and the scenario name are checked before anything is built: bad input fails at once.
    this.#fixtures = (options.load ?? []).map((fixture) => functionFixtureSchema.parse(fixture))
    this.#scenarios = new ScenarioSet(
      (options.scenarios ?? []).map((scenario, index) => parseScenario(scenario, `scenarios[${index}]`)),
    )
    this.#scenarios.activate(options.scenario)
    this.#session = this.#createSession()
    this.#ready = writeBaseline(this.#session.ctx, this.baseline)
  }

  /** The default session's state. */
  get context(): ServiceContext {
    return this.#session.ctx
  }

  /** Settles when the current state is built; rejects if building it failed. */
  get ready(): Promise<void> {
    return this.#ready
  }

  /** The loaded scenarios and the active one. */
  get scenarios(): ScenarioSet {
    return this.#scenarios
  }

  /** The scenario state and rule counts of the default session. */
  get runtime(): ScenarioRuntime {
    return this.#session.runtime
  }

  /** What a reset builds: the options' data, then the active scenario's. */
  get baseline(): Baseline {
    const scenario = this.#scenarios.active?.scenario
    return {
      seed: scenario?.seed ?? this.#options.seed ?? DEFAULT_SEED,
      functions: scenario?.functions ?? this.#options.functions ?? DEFAULT_FUNCTION_COUNT,
      docExample: scenario?.docExample ?? this.#options.docExample ?? true,
      fixtures: [...this.#fixtures, ...(scenario?.load ?? [])],
      config: scenario?.config,
    }
  }

  /** Back to the baseline: fresh data and a fresh scenario state, swapped in once complete. */
  reset(): Promise<void> {
    const next = this.#createSession()
    // Requests wait on `ready`, so none sees the new state before it is complete.
    this.#ready = writeBaseline(next.ctx, this.baseline).then(() => {
      this.#session = next
    })
    return this.#ready
  }

  /** Switches scenario (undefined: none) and resets to its baseline. */
  async useScenario(name: string | undefined): Promise<void> {
    this.#scenarios.activate(name)
    await this.reset()
  }

  /** Restarts the active scenario's state and call counts, keeping the data. */
  resetScenarioState(): void {
    this.#session = { ctx: this.#session.ctx, runtime: new ScenarioRuntime() }
  }

  /**
   * Replaces the loaded scenarios (a hot reload). Data the change does not touch is kept: a new
   * seed rebuilds everything, changed loaded functions are rewritten, the rest stays as it is.
   */
  async reloadScenarios(scenarios: readonly Scenario[]): Promise<ReloadSummary> {
    await this.#ready
    const before = {
      baseline: this.baseline,
      rules: JSON.stringify(this.#scenarios.active?.scenario.rules ?? []),
    }
    this.#scenarios = this.#scenarios.withScenarios(scenarios)
    const after = this.baseline
    const rulesChanged = JSON.stringify(this.#scenarios.active?.scenario.rules ?? []) !== before.rules
    if (toGeneratedKey(before.baseline) !== toGeneratedKey(after)) {
      await this.reset()
      return { active: this.#scenarios.active?.scenario.name, data: 'rebuilt', rulesRestarted: true }
    }
    const diff = diffFixtures(before.baseline.fixtures, after.fixtures)
    await applyFixtureDiff(this.#session.ctx, diff)
    if (rulesChanged) this.resetScenarioState()
    const data = diff.remove.length + diff.load.length === 0 ? 'unchanged' : `updated ${describeDiff(diff)}`
    return { active: this.#scenarios.active?.scenario.name, data, rulesRestarted: rulesChanged }
  }

  /** Answers one request: picks the state, applies the active scenario's rules, then the routes. */
  async dispatch(request: Request, forward: Forward): Promise<Response> {
    await this.#ready
    const session = this.#session
    const active = this.#scenarios.active
    const fired = active ? session.runtime.fire(active.rules, toRequestFacts(request)) : undefined
    const answer = () => forward(request, session.ctx)
    if (!fired) return answer()
    return runRule(fired, this.baseline.seed, answer)
  }

  #createSession(): SessionState {
    const config = { ...this.config, ...this.baseline.config }
    return { ctx: { store: new MetaStore(), config, now: this.#now }, runtime: new ScenarioRuntime() }
  }
}
