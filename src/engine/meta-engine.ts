import type { ServerVersion } from '../contract/server-version.js'
import type { DomainContext } from '../domain/domain-context.js'
import type { MetaConfig } from '../domain/meta-config.js'
import type { Upstream } from '../proxy/upstream.js'
import { createRealServer, type RealServer } from '../real-server/create-real-server.js'
import { parseScenario } from '../scenarios/parse-scenario.js'
import { toRequestFacts } from '../scenarios/request-facts.js'
import { runRule } from '../scenarios/rule-response.js'
import { type FiredRule, ScenarioRuntime } from '../scenarios/scenario-runtime.js'
import type { Scenario, ScenarioInput } from '../scenarios/scenario-schema.js'
import { ScenarioSet } from '../scenarios/scenario-set.js'
import { type FunctionFixture, functionFixtureSchema } from '../seed/function-fixture.js'
import { DEFAULT_FUNCTION_COUNT, DEFAULT_SEED } from '../seed/seed-defaults.js'
import { MetaStore } from '../store/meta-store.js'
import { createLogger, type Logger, type LogLevel } from '../support/logger.js'
import type { MaybePromise } from '../support/maybe-promise.js'
import type { CorsSetting } from '../wire/cors.js'
import type { FaceBindings } from '../wire/face-bindings.js'
import type { Outcome } from '../wire/outcome.js'
import { withRequestBody } from '../wire/request-body.js'
import { toSessionId } from '../wire/session-header.js'
import { AnswerCache } from './answer-cache.js'
import { applyFixtureDiff, describeDiff } from './apply-fixture-diff.js'
import { type Baseline, writeBaseline } from './baseline.js'
import { diffFixtures } from './fixture-diff.js'
import { Journal } from './journal.js'
import { type Exchange, recordAnswered, recordExchange } from './record-exchange.js'
import {
  DEFAULT_SESSION,
  DEFAULT_SESSION_LIMITS,
  type Session,
  type SessionLimits,
  SessionPool,
} from './session-pool.js'
import { type ConfigOverrides, toRequestedVersion, toStateConfig } from './state-config.js'

/** Options of one fake meta_service. */
export interface MetaServiceOptions {
  /** Seed of the generated data; the CLI uses the same default. */
  readonly seed?: number
  /** How many functions to generate beside the documentation's example (0 for none). */
  readonly functions?: number
  /** Whether to serve the documentation's example function (default true). */
  readonly docExample?: boolean
  /** Extra functions to load after the generated ones. */
  readonly load?: readonly FunctionFixture[]
  /** Scenarios that can be switched to: files read by `loadScenarios`, or objects in code. */
  readonly scenarios?: readonly ScenarioInput[]
  /** The scenario active from the start. */
  readonly scenario?: string
  /** The openYuanrong release to answer as (default the newest, `'0.10.0'`; decision 0019). */
  readonly serverVersion?: ServerVersion
  /** Deployment settings (version limit, CPU and memory ranges, runtimes, default tenant). */
  readonly config?: ConfigOverrides
  /** How many sessions (`x-mock-session`) may exist, and how long an idle one lives. */
  readonly sessions?: Partial<SessionLimits>
  /** Requests each session's journal keeps (default 1000; the oldest are dropped first). */
  readonly journalLimit?: number
  /** The clock of API writes; seeded history has its own dates. */
  readonly now?: () => Date
  readonly logLevel?: LogLevel
  readonly logger?: Logger
  /** CORS for browser-based consumers: any origin (`true`) or one origin. Off by default. */
  readonly cors?: CorsSetting
  /** A token `/__admin` calls must carry (`Authorization: Bearer …`). None by default in-process. */
  readonly adminToken?: string
  /** Who answers what the rules leave: the fake's routes by default, or a real server (`createUpstream`). */
  readonly upstream?: Upstream
}

/** What a hot reload did. */
export interface ReloadSummary {
  readonly active: string | undefined
  /** 'unchanged', 'rebuilt' (a new seed), or which loaded functions were rewritten. */
  readonly data: string
  /** Whether the active scenario's state and call counts started over (its rules changed). */
  readonly rulesRestarted: boolean
}

/** A saved state of one session: its data and its scenario progress. */
export interface MetaSnapshot {
  readonly store: MetaStore
  readonly runtime: ScenarioRuntime
}

/**
 * Something observable changed (for the dashboard): a request was answered (`entryId` is its journal
 * id; the outcome's response must not be consumed, only cloned), the scenarios changed, or a session's state.
 */
export type EngineChange =
  | {
      readonly kind: 'request'
      readonly session: string
      readonly entryId: number
      readonly outcome: Outcome
    }
  | { readonly kind: 'scenarios' }
  | { readonly kind: 'sessions'; readonly session?: string }

/**
 * The engine behind every face: settings, scenarios, sessions, and the baseline they start from.
 * The baseline is written once through the domain operations; resets and new sessions copy it.
 */
export class MetaEngine {
  readonly config: MetaConfig
  readonly log: Logger
  /** The real server's routes, which answer on the state this engine picks for each request. */
  readonly realServer: RealServer
  readonly #options: MetaServiceOptions
  /** The release of the options; a scenario may name another. */
  readonly #serverVersion: ServerVersion
  readonly #now: () => Date
  readonly #fixtures: readonly FunctionFixture[]
  readonly #sessions: SessionPool
  #scenarios: ScenarioSet
  #template = new MetaStore()
  #ready: Promise<void> = Promise.resolve()
  /** Whether `#ready` has settled, so the hot path skips awaiting it. */
  #isReady = false
  #nextEntryId = 1
  readonly #answers = new AnswerCache()
  /** The settings of the active baseline, made on first use after each rebuild or reload. */
  #stateConfig: MetaConfig | undefined
  /** Dashboard hook: who is told about changes (see `onChange`). */
  readonly #changeListeners = new Set<(change: EngineChange) => void>()

  constructor(options: MetaServiceOptions = {}) {
    this.#options = options
    this.#serverVersion = toRequestedVersion(options.serverVersion, 'serverVersion')
    this.config = toStateConfig(this.#serverVersion, options.config, undefined)
    this.log = options.logger ?? createLogger(options.logLevel)
    this.#now = options.now ?? (() => new Date())
    this.realServer = createRealServer(this.log)
    // Fixtures and the scenario name are checked before anything is built: bad input fails at once.
    this.#fixtures = (options.load ?? []).map((fixture) => functionFixtureSchema.parse(fixture))
    this.#scenarios = new ScenarioSet(
      (options.scenarios ?? []).map((scenario, index) => parseScenario(scenario, `scenarios[${index}]`)),
    )
    this.#scenarios.activate(options.scenario)
    this.#sessions = new SessionPool({ ...DEFAULT_SESSION_LIMITS, ...options.sessions }, (id) =>
      this.#newSession(id),
    )
    this.#startRebuild()
  }

  /** Rebuilds the baseline; requests wait for it (and for nothing once it is done). */
  #startRebuild(): Promise<void> {
    this.#isReady = false
    this.#stateConfig = undefined
    const ready = this.#rebuildBaseline()
    this.#ready = ready
    ready.then(
      () => {
        if (this.#ready === ready) this.#isReady = true
      },
      () => undefined,
    )
    return ready
  }

  /** The default session's state. */
  get defaultState(): DomainContext {
    return this.session(DEFAULT_SESSION).state
  }

  /** Settles when the baseline is built; rejects if building it failed. */
  get ready(): Promise<void> {
    return this.#ready
  }

  /** The loaded scenarios and the active one. */
  get scenarios(): ScenarioSet {
    return this.#scenarios
  }

  /** The session of this id (created from the baseline on first use). */
  session(id: string = DEFAULT_SESSION): Session {
    return this.#sessions.get(id)
  }

  /** Every live session. */
  listSessions(): Session[] {
    return this.#sessions.list()
  }

  /** Drops a session; the next request with its id starts again from the baseline. */
  dropSession(id: string): boolean {
    const dropped = this.#sessions.drop(id)
    this.#notify({ kind: 'sessions', session: id })
    return dropped
  }

  /** Dashboard hook: calls `listener` after each change until the returned function is called. */
  onChange(listener: (change: EngineChange) => void): () => void {
    this.#changeListeners.add(listener)
    return () => this.#changeListeners.delete(listener)
  }

  #notify(change: EngineChange): void {
    if (this.#changeListeners.size === 0) return
    for (const listener of this.#changeListeners) {
      try {
        listener(change)
      } catch (error) {
        this.log.error('a change listener failed', error)
      }
    }
  }

  /** The release answered as now: the active scenario's, else the options' (decision 0019). */
  get serverVersion(): ServerVersion {
    return this.#scenarios.active?.scenario.serverVersion ?? this.#serverVersion
  }

  /** What a reset builds: the options' data, then the active scenario's. */
  get baseline(): Baseline {
    const scenario = this.#scenarios.active?.scenario
    return {
      seed: scenario?.seed ?? this.#options.seed ?? DEFAULT_SEED,
      functions: scenario?.functions ?? this.#options.functions ?? DEFAULT_FUNCTION_COUNT,
      docExample: scenario?.docExample ?? this.#options.docExample ?? true,
      fixtures: [...this.#fixtures, ...(scenario?.load ?? [])],
      serverVersion: this.serverVersion,
      config: scenario?.config,
      records: scenario?.records,
      reservations: scenario?.reservations,
      podPools: scenario?.podPools,
    }
  }

  /** Back to the baseline: one session, or every session (the default: all are dropped). */
  async reset(options: { readonly session?: string } = {}): Promise<void> {
    await this.#ready
    if (options.session === undefined) this.#sessions.clear()
    else this.#sessions.replace(this.#newSession(options.session))
    this.#notify({ kind: 'sessions', ...options })
  }

  /** Switches scenario (undefined: none) and resets every session to its baseline. */
  async useScenario(name: string | undefined): Promise<void> {
    this.#scenarios.activate(name)
    await this.#startRebuild()
    this.#notify({ kind: 'scenarios' })
  }

  /** Restarts a session's scenario state and call counts, keeping its data. */
  resetScenarioState(sessionId: string = DEFAULT_SESSION): void {
    const session = this.session(sessionId)
    this.#sessions.replace({ ...session, runtime: new ScenarioRuntime() })
    this.#notify({ kind: 'scenarios' })
  }

  /** A saved copy of a session's data and scenario progress. */
  snapshot(sessionId: string = DEFAULT_SESSION): MetaSnapshot {
    const session = this.session(sessionId)
    return { store: session.state.store.clone(), runtime: session.runtime.clone() }
  }

  /** Puts a session back to a snapshot (the snapshot stays reusable). */
  restore(snapshot: MetaSnapshot, sessionId: string = DEFAULT_SESSION): void {
    const session = this.session(sessionId)
    const state = { ...session.state, store: snapshot.store.clone() }
    this.#sessions.replace({ ...session, state, runtime: snapshot.runtime.clone() })
    this.#notify({ kind: 'sessions', session: sessionId })
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
    this.#stateConfig = undefined
    const after = this.baseline
    const active = this.#scenarios.active?.scenario.name
    if (toGeneratedKey(before.baseline) !== toGeneratedKey(after)) {
      await this.#startRebuild()
      this.#notify({ kind: 'scenarios' })
      return { active, data: 'rebuilt', rulesRestarted: true }
    }
    const diff = diffFixtures(before.baseline.fixtures, after.fixtures)
    const rulesRestarted = JSON.stringify(this.#scenarios.active?.scenario.rules ?? []) !== before.rules
    await applyFixtureDiff(this.#templateContext(), diff)
    for (const session of this.#sessions.list()) {
      await applyFixtureDiff(session.state, diff)
      if (rulesRestarted) this.#sessions.replace({ ...session, runtime: new ScenarioRuntime() })
    }
    const data = diff.remove.length + diff.load.length === 0 ? 'unchanged' : `updated ${describeDiff(diff)}`
    this.#notify({ kind: 'scenarios' })
    return { active, data, rulesRestarted }
  }

  /**
   * Answers one request to the real server's routes: picks its session, applies the active
   * scenario's rules, lets the routes answer on the session's state, and journals the exchange.
   */
  handle(request: Request, face: FaceBindings): MaybePromise<Outcome> {
    if (!this.#isReady) return this.#ready.then(() => this.#handleNow(request, face))
    return this.#handleNow(request, face)
  }

  #handleNow(request: Request, face: FaceBindings): MaybePromise<Outcome> {
    const session = this.session(toSessionId(request))
    const bound = withRequestBody(request, face, session.state.config.bodyLimit)
    // Not `whenReady`: no closure for the bodies already read (every GET, every Node-face body).
    return bound instanceof Promise
      ? bound.then((read) => this.#answer(request, session, read))
      : this.#answer(request, session, bound)
  }

  #answer(request: Request, session: Session, bound: FaceBindings): MaybePromise<Outcome> {
    const active = this.#scenarios.active
    const fired = active ? session.runtime.fire(active.rules, toRequestFacts(request, bound.body)) : undefined
    const id = this.#nextEntryId++
    const exchange: Exchange = { request, face: bound, session, rule: fired?.compiled.label ?? null, id }
    // Most requests: no rule fired, not proxied, and a GET answered before on this data. Those are
    // answered here with no closure and no promise.
    const kept =
      fired || this.#options.upstream ? undefined : this.#answers.kept(request, bound, session.state.store)
    if (kept) return this.#told(session, id, recordAnswered(exchange, kept, performance.now()))
    const outcome = recordExchange(exchange, () => this.#answerAfresh(request, session, bound, fired))
    return outcome instanceof Promise
      ? outcome.then((done) => this.#told(session, id, done))
      : this.#told(session, id, outcome)
  }

  #answerAfresh(
    request: Request,
    session: Session,
    bound: FaceBindings,
    fired: FiredRule | undefined,
  ): MaybePromise<Outcome> {
    const { state } = session
    const upstream = this.#options.upstream
    // A proxied answer comes from the upstream every time: its data is not the session's store.
    const answerNormally = upstream
      ? () => upstream(request, bound.body)
      : () =>
          this.#answers.answer(request, bound, state.store, () =>
            // Not `{ ...bound, state }`: a key added after a spread is slow on Node 20 (decision 0017).
            this.realServer.handle(request, Object.assign({}, bound, { state })),
          )
    return fired ? runRule(fired, this.baseline.seed, answerNormally) : answerNormally()
  }

  /** Tells the listeners about an answered request, building the change only when someone listens. */
  #told(session: Session, entryId: number, outcome: Outcome): Outcome {
    if (this.#changeListeners.size > 0)
      this.#notify({ kind: 'request', session: session.id, entryId, outcome })
    return outcome
  }

  async #rebuildBaseline(): Promise<void> {
    const ctx = this.#templateContext(new MetaStore())
    ctx.store.validateWrites = false
    await writeBaseline(ctx, this.baseline)
    ctx.store.validateWrites = true
    ctx.store.sealBaseline()
    this.#template = ctx.store
    this.#sessions.clear()
  }

  #templateContext(store: MetaStore = this.#template): DomainContext {
    // One settings object for every session: read-only, and a new session is made per request
    // when sessions churn past the pool's limit.
    if (this.#stateConfig === undefined) {
      const { serverVersion, config } = this.baseline
      this.#stateConfig = Object.freeze(toStateConfig(serverVersion, this.#options.config, config))
    }
    return { store, config: this.#stateConfig, now: this.#now }
  }

  #newSession(id: string): Session {
    const now = Date.now()
    return {
      id,
      state: this.#templateContext(this.#template.clone()),
      runtime: new ScenarioRuntime(),
      journal: new Journal(this.#options.journalLimit ?? 1000),
      createdAt: now,
      lastUsedAt: now,
    }
  }
}

/** The parts of a baseline a reload cannot patch: changing any of them rebuilds everything. */
function toGeneratedKey(baseline: Baseline): string {
  return JSON.stringify([
    baseline.seed,
    baseline.functions,
    baseline.docExample,
    baseline.serverVersion,
    baseline.config,
    baseline.records,
    baseline.reservations,
    baseline.podPools,
  ])
}
