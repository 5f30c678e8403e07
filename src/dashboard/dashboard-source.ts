/**
 * Everything the dashboard reads and does, and nothing else: the dashboard depends on this
 * interface only, and one adapter (`engine-source.ts`) implements it over the engine. Every list is
 * paged here, on the server, so a page costs its rows whatever the store or the journal holds.
 */
export interface DashboardSource {
  /** Journal entries of every session (or one), newest first, filtered. */
  pageRequests(query: RequestQuery): Page<RequestSummary>
  /** One journal entry with its headers, body, answer and the rule that fired. */
  request(id: number): RequestDetail | undefined
  /** Requests no route of the real server matched, newest first, each with its nearest routes. */
  pageUnmatched(query: PageQuery & { readonly session?: string }): Page<UnmatchedRequest>
  listSessions(): SessionSummary[]
  /** The kinds of state a session holds (tenants, reserve-instance configurations, …), as data. */
  stateResources(session: string): StateResource[]
  /** One page of one kind of state, under a parent (a tenant, a function) when it has one. */
  pageState(session: string, query: StateQuery): StatePage
  scenarios(session: string): ScenarioOverview
  /** Switches scenario (null: none); every session goes back to its baseline. */
  activateScenario(name: string | null): Promise<void>
  /** A session back to its baseline: data, scenario state and call counts. */
  resetSession(session: string): Promise<void>
  /** Restarts a session's scenario state and call counts, keeping its data. */
  restartScenario(session: string): void
  deleteSession(session: string): boolean
  listSnapshots(): SnapshotSummary[]
  /** Takes a snapshot, or says why not (over the snapshots' byte budget). */
  takeSnapshot(session: string): SnapshotSummary | { readonly error: string }
  /** Puts a session back to a snapshot; false when there is no such snapshot. */
  restoreSnapshot(id: string, session: string): boolean
  /** Calls `listener` on every change until the returned function is called. */
  subscribe(listener: (event: DashboardEvent) => void): () => void
}

/** What changed: the views showing it reload. */
export interface DashboardEvent {
  readonly kind: 'request' | 'scenarios' | 'sessions'
  readonly session?: string
}

export interface PageQuery {
  /** 1-based. */
  readonly page: number
  readonly pageSize: number
}

export interface Page<T> {
  readonly items: readonly T[]
  readonly total: number
  readonly page: number
  readonly pageSize: number
}

export interface RequestQuery extends PageQuery {
  /** Absent: every session; '' is the default session. */
  readonly session?: string
  readonly method?: string
  /** Part of the path. */
  readonly path?: string
  /** A status (`404`), a class (`5xx`) or `dropped`. */
  readonly status?: string
}

export interface RequestSummary {
  readonly id: number
  readonly time: string
  readonly session: string
  readonly method: string
  readonly path: string
  readonly url: string
  readonly status: number | null
  readonly outcome: string
  readonly rule: string | null
  readonly durationMs: number
}

export interface RequestDetail extends RequestSummary {
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
  /** The answer as sent, when it was kept (answers are kept while a dashboard is open). */
  readonly answer: AnswerRecord | undefined
  /** The scenario rule that fired, as loaded. */
  readonly firedRule: RuleSummary | undefined
}

export interface AnswerRecord {
  readonly status: number | null
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
  /** Why the body is not whole (cut short, dropped, too large), if it is not. */
  readonly note: string | undefined
}

export interface UnmatchedRequest {
  readonly request: RequestSummary
  readonly nearMisses: readonly RouteMiss[]
}

/** A route a request came close to, and how it differs from it. */
export interface RouteMiss {
  readonly route: string
  readonly differences: readonly string[]
}

export interface SessionSummary {
  readonly id: string
  readonly createdAt: string
  readonly lastUsedAt: string
  readonly requests: number
  readonly records: number
}

/** One kind of state: its rows are read with `pageState`. */
export interface StateResource {
  readonly id: string
  readonly label: string
  readonly total: number
}

export interface StateQuery extends PageQuery {
  readonly resource: string
  /** The row that was opened to get here (a tenant's key, a function's key). */
  readonly parent?: string
}

export interface StatePage extends Page<StateRow> {
  readonly resource: string
  readonly label: string
  readonly columns: readonly string[]
  /** The rows opened on the way here, outermost first, for a breadcrumb. */
  readonly trail: readonly StateLink[]
}

export interface StateRow {
  readonly key: string
  readonly cells: readonly string[]
  /** The stored record, shown as JSON when the row is opened. */
  readonly record: unknown
  /** Where opening the row leads, when it has children (a tenant's functions, a function's versions). */
  readonly open?: StateLink
}

export interface StateLink {
  readonly resource: string
  readonly parent?: string
  readonly label: string
}

export interface ScenarioOverview {
  readonly session: string
  /** The openYuanrong release answered as now (the active scenario's, else the fake's). */
  readonly serverVersion: string
  readonly active: string | null
  /** The session's scenario state (`Started` at first). */
  readonly state: string | null
  readonly scenarios: readonly ScenarioSummary[]
}

export interface ScenarioSummary {
  readonly name: string
  readonly description: string
  /** The release the scenario answers as (`"serverVersion"`), or null: the fake's. */
  readonly serverVersion: string | null
  readonly active: boolean
  readonly rules: readonly RuleSummary[]
}

export interface RuleSummary {
  readonly label: string
  readonly match: string
  readonly calls: string
  /** The state the rule needs, and the one it moves to. */
  readonly state: string | null
  readonly newState: string | null
  /** What it does: delay, scripted answer, fault. */
  readonly action: string
  readonly fault: string | null
  /** How often it matched in the session (0 unless its scenario is active). */
  readonly matchedCalls: number
}

export interface SnapshotSummary {
  readonly id: string
  readonly session: string
  readonly takenAt: string
  readonly records: number
}
