import type { ServerVersion } from '../contract/server-version.js'
import type { DomainContext } from '../domain/domain-context.js'
import type { MetaConfig } from '../domain/meta-config.js'
import { createRealServer, type RealServer } from '../real-server/create-real-server.js'
import { parseScenario } from '../scenarios/parse-scenario.js'
import { toRequestFacts } from '../scenarios/request-facts.js'
import { runRule } from '../scenarios/rule-response.js'
import { type FiredRule, ScenarioRuntime } from '../scenarios/scenario-runtime.js'
import type { Scenario } from '../scenarios/scenario-schema.js'
import { ScenarioSet } from '../scenarios/scenario-set.js'
import { DEFAULT_DATA_BUDGET } from '../seed/data-budget.js'
import { functionFixtureSchemas } from '../seed/function-fixture.js'
import { createLogger, type Logger } from '../support/logger.js'
import type { MaybePromise } from '../support/maybe-promise.js'
import type { FaceBindings } from '../wire/face-bindings.js'
import type { Outcome } from '../wire/outcome.js'
import { withRequestBody } from '../wire/request-body.js'
import { toSessionId } from '../wire/session-header.js'
import { AnswerCache, type AnswerKeeper, NO_ANSWER_CACHE } from './answer-cache.js'
import type { Baseline } from './baseline.js'
import { BaselineState, type ReloadSummary } from './baseline-state.js'
import type { EngineChange, MetaSnapshot } from './engine-change.js'
import { Journal } from './journal.js'
import { DEFAULT_JOURNAL_BYTES, JournalBudget, type JournalTotals } from './journal-budget.js'
import type { MetaServiceOptions } from './meta-service-options.js'
import { type Exchange, recordAnswered, recordExchange } from './record-exchange.js'
import { DEFAULT_SESSION, DEFAULT_SESSION_LIMITS, type Session, SessionPool } from './session-pool.js'
import { toRequestedVersion, toStateConfig } from './state-config.js'

// The options and the change events have files of their own (meta-engine.ts stays under 300 lines)
export type { EngineChange, MetaSnapshot } from './engine-change.js'
export type { MetaServiceOptions } from './meta-service-options.js'

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
  readonly #sessions: SessionPool
  /** The scenarios and the baseline sessions start from; changes of them apply whole or not at all. */
  readonly #state: BaselineState
  #nextEntryId = 1
  readonly #answers: AnswerKeeper
  readonly #journalBudget: JournalBudget
  /** Dashboard hook: who is told about changes (see `onChange`). */
  readonly #changeListeners = new Set<(change: EngineChange) => void>()

  constructor(options: MetaServiceOptions = {}) {
    this.#options = options
    this.#serverVersion = toRequestedVersion(options.serverVersion, 'serverVersion')
    this.config = toStateConfig(this.#serverVersion, options.config, undefined)
    this.log = options.logger ?? createLogger(options.logLevel)
    this.realServer = createRealServer(this.log)
    this.#answers = options.answerCache === false ? NO_ANSWER_CACHE : new AnswerCache()
    // Fixtures, the scenario name and the data budget are checked before anything is built.
    const fixtures = (options.load ?? []).map((fixture) =>
      functionFixtureSchemas().functionFixtureSchema.parse(fixture),
    )
    const scenarios = new ScenarioSet(
      (options.scenarios ?? []).map((scenario, index) => parseScenario(scenario, `scenarios[${index}]`)),
    ).withActive(options.scenario)
    this.#journalBudget = new JournalBudget(options.journalBytes ?? DEFAULT_JOURNAL_BYTES)
    this.#sessions = new SessionPool({ ...DEFAULT_SESSION_LIMITS, ...options.sessions }, (id) =>
      this.#newSession(id),
    )
    const now = options.now ?? (() => new Date())
    const budget = { ...DEFAULT_DATA_BUDGET, ...options.dataBudget }
    const baselineOptions = { ...options, serverVersion: this.#serverVersion }
    const sources = { options: baselineOptions, fixtures, config: this.config, now, budget }
    this.#state = new BaselineState(sources, scenarios, this.#sessions)
  }

  /** The default session's state. */
  get defaultState(): DomainContext {
    return this.session(DEFAULT_SESSION).state
  }

  /** Settles when the baseline is built; rejects if building it failed. */
  get ready(): Promise<void> {
    return this.#state.ready
  }

  /** The loaded scenarios and the active one. */
  get scenarios(): ScenarioSet {
    return this.#state.scenarios
  }

  /** The session of this id (created from the baseline on first use). */
  session(id: string = DEFAULT_SESSION): Session {
    return this.#sessions.get(id)
  }

  /**
   * A session to read: the existing one, or one built from the baseline and not kept (an empty
   * journal, the baseline's data). Reads never create sessions, so they never push others out.
   */
  readSession(id: string = DEFAULT_SESSION): Session {
    return this.#sessions.view(id)
  }

  /** What every session's journal holds and has dropped, since the fake started. */
  get journalTotals(): JournalTotals {
    return this.#journalBudget.totals
  }

  /** Every live session. */
  listSessions(): Session[] {
    return this.#sessions.list()
  }

  /** How many sessions are live (`/__admin/health` asks on every call: no list for a count). */
  get sessionCount(): number {
    return this.#sessions.size
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

  /** How many `onChange` listeners are registered (a closed dashboard stream must leave none behind). */
  get changeListenerCount(): number {
    return this.#changeListeners.size
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

  /** The release answered as now: the active scenario's, else the options' (decision 0025). */
  get serverVersion(): ServerVersion {
    return this.#state.baseline.serverVersion
  }

  /** What a reset builds: the options' data, then the active scenario's. */
  get baseline(): Baseline {
    return this.#state.baseline
  }

  /** Back to the baseline: one session, or every session (the default: all are dropped). */
  async reset(options: { readonly session?: string } = {}): Promise<void> {
    await this.#state.ready
    if (options.session === undefined) this.#sessions.clear()
    // A session that does not exist is at its baseline already: creating it would push another out.
    else if (this.#sessions.peek(options.session)) this.#sessions.replace(this.#newSession(options.session))
    this.#notify({ kind: 'sessions', ...options })
  }

  /** Switches scenario (undefined: none) and resets every session to its baseline. */
  async useScenario(name: string | undefined): Promise<void> {
    await this.#state.useScenario(name)
    this.#notify({ kind: 'scenarios' })
  }

  /** Restarts a session's scenario state and call counts, keeping its data. */
  resetScenarioState(sessionId: string = DEFAULT_SESSION): void {
    const session = this.#sessions.peek(sessionId)
    if (session) this.#sessions.replace({ ...session, runtime: new ScenarioRuntime() })
    this.#notify({ kind: 'scenarios' })
  }

  /** A saved copy of a session's data and scenario progress. */
  snapshot(sessionId: string = DEFAULT_SESSION): MetaSnapshot {
    const session = this.readSession(sessionId)
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
   * Replaces the loaded scenarios (a hot reload), all at once or not at all: on an error nothing
   * has changed. Data the change does not touch is kept: a new seed rebuilds everything, changed
   * loaded functions are rewritten in every session, the rest stays as it is.
   */
  async reloadScenarios(scenarios: readonly Scenario[]): Promise<ReloadSummary> {
    const summary = await this.#state.reload(scenarios)
    this.#notify({ kind: 'scenarios' })
    return summary
  }

  /**
   * Answers one request to the real server's routes: picks its session, applies the active
   * scenario's rules, lets the routes answer on the session's state, and journals the exchange.
   */
  handle(request: Request, face: FaceBindings): MaybePromise<Outcome> {
    if (!this.#state.isReady) return this.#state.ready.then(() => this.#handleNow(request, face))
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
    const active = this.#state.scenarios.active
    const fired = active ? session.runtime.fire(active.rules, toRequestFacts(request, bound.body)) : undefined
    const id = this.#nextEntryId++
    const exchange: Exchange = { request, face: bound, session, rule: fired?.compiled.label ?? null, id }
    // Read only when someone listens (a recording): the clock costs the hot path otherwise.
    const takenUp = this.#changeListeners.size > 0 ? Date.now() : 0
    // Most requests: no rule fired, not proxied, and a GET answered before on this data. Those are
    // answered here with no closure and no promise.
    const kept =
      fired || this.#options.upstream ? undefined : this.#answers.kept(request, bound, session.state)
    if (kept) return this.#told(exchange, takenUp, recordAnswered(exchange, kept, performance.now()))
    const outcome = recordExchange(exchange, () => this.#answerAfresh(request, session, bound, fired))
    return outcome instanceof Promise
      ? outcome.then((done) => this.#told(exchange, takenUp, done))
      : this.#told(exchange, takenUp, outcome)
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
          this.#answers.answer(request, bound, state, () =>
            // Not `{ ...bound, state }`: a key added after a spread is slow on Node 20 (decision 0017).
            this.realServer.handle(request, Object.assign({}, bound, { state })),
          )
    return fired ? runRule(fired, this.baseline.seed, answerNormally) : answerNormally()
  }

  /** Tells the listeners about an answered request, building the change only when someone listens. */
  #told(exchange: Exchange, takenUp: number, outcome: Outcome): Outcome {
    if (this.#changeListeners.size > 0) {
      const { session, id: entryId } = exchange
      // A listener added while the request was answered saw no take-up: its window starts at the answer.
      const answered = Date.now()
      const window = [takenUp || answered, answered] as const
      this.#notify({ kind: 'request', session: session.id, entryId, outcome, exchange, window })
    }
    return outcome
  }

  #newSession(id: string): Session {
    const now = Date.now()
    return {
      id,
      state: this.#state.context(),
      runtime: new ScenarioRuntime(),
      journal: new Journal(this.#options.journalLimit ?? 1000, this.#journalBudget),
      createdAt: now,
      lastUsedAt: now,
    }
  }
}
