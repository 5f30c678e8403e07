/**
 * The one adapter between the dashboard and today's engine: everything in `src/dashboard` except
 * this file depends only on `DashboardSource`. When the engine moves, only this file follows it.
 */
import { toEntryFacts } from '../engine/journal.js'
import type { EngineChange, MetaEngine } from '../engine/meta-engine.js'
import type { Session } from '../engine/session-pool.js'
import { isRefusal, type KeptSnapshot, keepSnapshot, SnapshotShelf } from '../engine/snapshot-shelf.js'
import { toScopeKey } from '../model/scope.js'
import type { VersionRecord } from '../model/version-record.js'
import { FUNCTION_PREFIXES } from '../real-server/create-real-server.js'
import { POD_POOLS, type StoredPool } from '../resources/podpools/pool-types.js'
import { RESERVATIONS } from '../resources/reserve-instance/reservations.js'
import type { CompiledRule } from '../scenarios/compile-rule.js'
import { compileMatch } from '../scenarios/compile-rule.js'
import type { FunctionEntry } from '../store/function-entry.js'
import type { MetaStore } from '../store/meta-store.js'
import { cutUtf8 } from '../support/utf8-text.js'
import type {
  AnswerRecord,
  DashboardEvent,
  DashboardSource,
  Page,
  PageQuery,
  RequestDetail,
  RequestQuery,
  RequestSummary,
  RouteMiss,
  RuleSummary,
  SnapshotSummary,
  StatePage,
  StateResource,
  StateRow,
} from './dashboard-source.js'

const toSnapshotSummary = ({ id, session, takenAt, records }: KeptSnapshot): SnapshotSummary => ({
  id,
  session,
  takenAt,
  records,
})

type Entry = ReturnType<Session['journal']['all']>[number]

/** Answers kept for the request view, and the most of each body kept (UTF-8 bytes). */
const ANSWER_LIMIT = 500
const ANSWER_BODY_LIMIT = 16 * 1024

/** `snapshots`: the shelf `/__admin/snapshots` uses too (one id space). */
export function createEngineDashboardSource(
  engine: MetaEngine,
  snapshots: SnapshotShelf<KeptSnapshot> = new SnapshotShelf(),
): DashboardSource {
  const answers = new AnswerStore()
  const listeners = new Set<(event: DashboardEvent) => void>()
  let stopListening: (() => void) | undefined
  const findSession = (id: string) => engine.listSessions().find((session) => session.id === id)
  const onChange = (change: EngineChange) => {
    // Answers are copied only while a dashboard listens: cloning every response costs throughput.
    if (change.kind === 'request' && change.outcome.kind !== 'drop')
      answers.capture(change.entryId, change.outcome.response)
    const event: DashboardEvent =
      change.kind === 'scenarios' ? change : { kind: change.kind, session: change.session }
    for (const listener of listeners) listener(event)
  }
  return {
    pageRequests: (query) =>
      toPage(filterRequests(sessionsOf(engine, query.session), query), query, toSummary),
    request: (id) => {
      const entry = findEntry(engine.listSessions(), id)
      if (!entry) return undefined
      return {
        ...toSummary(entry),
        headers: entry.headers,
        body: entry.body,
        answer: answers.get(id),
        firedRule: findRule(engine, entry.rule),
      } satisfies RequestDetail
    },
    pageUnmatched: (query) => {
      const unmatched = newestFirst(sessionsOf(engine, query.session)).filter(
        (entry) => !matchesAnyRoute(entry),
      )
      return toPage(unmatched, query, (entry) => ({
        request: toSummary(entry),
        nearMisses: nearestRoutes(entry),
      }))
    },
    listSessions: () =>
      engine.listSessions().map((session) => ({
        id: session.id,
        createdAt: new Date(session.createdAt).toISOString(),
        lastUsedAt: new Date(session.lastUsedAt).toISOString(),
        requests: session.journal.size,
        records: session.state.store.recordCount,
      })),
    stateResources: (session) => stateResources(storeOf(engine, session)),
    pageState: (session, query) => pageState(storeOf(engine, session), query),
    scenarios: (session) => scenarioOverview(engine, session),
    activateScenario: (name) => engine.useScenario(name ?? undefined),
    resetSession: (session) => engine.reset({ session }),
    restartScenario: (session) => engine.resetScenarioState(session),
    deleteSession: (session) => engine.dropSession(session) || findSession(session) === undefined,
    listSnapshots: () => snapshots.items().map(toSnapshotSummary).reverse(),
    takeSnapshot: (session) => {
      const added = keepSnapshot(snapshots, engine, session)
      return isRefusal(added) ? { error: added.error } : toSnapshotSummary(added)
    },
    restoreSnapshot: (id, session) => {
      const saved = snapshots.get(id)
      if (saved) engine.restore(saved.snapshot, session)
      return saved !== undefined
    },
    subscribe: (listener) => {
      listeners.add(listener)
      stopListening ??= engine.onChange(onChange)
      return () => {
        listeners.delete(listener)
        if (listeners.size > 0) return
        stopListening?.()
        stopListening = undefined
      }
    },
  }
}

// --- Requests ---------------------------------------------------------------------------------

function sessionsOf(engine: MetaEngine, id: string | undefined): Session[] {
  const sessions = engine.listSessions()
  return id === undefined ? sessions : sessions.filter((session) => session.id === id)
}

/** Every entry of the sessions, newest first (ids increase across the fake's life). */
function newestFirst(sessions: readonly Session[]): Entry[] {
  const entries =
    sessions.length === 1 ? [...(sessions[0]?.journal.all() ?? [])] : sessions.flatMap((s) => s.journal.all())
  return sessions.length === 1 ? entries.reverse() : entries.sort((a, b) => b.id - a.id)
}

function filterRequests(sessions: readonly Session[], query: RequestQuery): Entry[] {
  const method = query.method?.toUpperCase()
  const matchesStatus = toStatusTest(query.status)
  return newestFirst(sessions).filter(
    (entry) =>
      (!method || entry.method === method) &&
      (!query.path || entry.path.includes(query.path)) &&
      matchesStatus(entry.status),
  )
}

/** `404`, a class like `5xx`, or `dropped` (no answer at all). */
function toStatusTest(status: string | undefined): (actual: number | null) => boolean {
  const wanted = status?.trim().toLowerCase()
  if (!wanted) return () => true
  if (wanted === 'dropped') return (actual) => actual === null
  const klass = /^([1-5])xx$/.exec(wanted)
  if (klass) return (actual) => actual !== null && Math.floor(actual / 100) === Number(klass[1])
  return (actual) => String(actual) === wanted
}

function toPage<E, T>(entries: readonly E[], query: PageQuery, map: (entry: E) => T): Page<T> {
  const start = (query.page - 1) * query.pageSize
  return {
    items: entries.slice(start, start + query.pageSize).map(map),
    total: entries.length,
    page: query.page,
    pageSize: query.pageSize,
  }
}

function toSummary(entry: Entry): RequestSummary {
  const { id, time, session, method, path, url, status, outcome, rule, durationMs } = entry
  return { id, time, session, method, path, url, status, outcome, rule, durationMs }
}

function findEntry(sessions: readonly Session[], id: number): Entry | undefined {
  for (const session of sessions) {
    const entry = session.journal.all().find((candidate) => candidate.id === id)
    if (entry) return entry
  }
  return undefined
}

/** The real server's routes, as rule matches, to tell which requests none of them matched. */
const ROUTES = [
  { method: 'GET', path: '/healthz' },
  ...FUNCTION_PREFIXES.flatMap((prefix) => [
    { method: ['GET', 'POST'], path: prefix },
    { method: ['GET', 'POST', 'PUT', 'DELETE'], path: `${prefix}/reserve-instance` },
    { method: ['GET', 'PUT', 'DELETE'], path: `${prefix}/:name` },
    { method: ['GET', 'POST'], path: `${prefix}/:name/versions` },
  ]),
  { method: ['GET', 'POST', 'DELETE'], path: '/serverless/v1/podpools' },
  { method: 'PUT', path: '/serverless/v1/podpools/:id' },
].map((match) => ({
  label: `${[match.method].flat().join('|')} ${match.path}`,
  path: match.path,
  check: compileMatch(match),
}))

function matchesAnyRoute(entry: Entry): boolean {
  return ROUTES.some((route) => route.check(toEntryFacts(entry)).every((result) => result.ok))
}

/** The three routes closest to a request: most criteria met, then the longest shared path start. */
function nearestRoutes(entry: Entry): RouteMiss[] {
  return ROUTES.map((route) => {
    const results = route.check(toEntryFacts(entry))
    const met = results.filter((result) => result.ok).length
    return { route, results, score: met * 1000 + sharedPrefix(route.path, entry.path) }
  })
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map(({ route, results }) => ({
      route: route.label,
      differences: results
        .filter((r) => !r.ok)
        .map((r) => `${r.criterion}: expected ${r.expected}, got ${r.actual}`),
    }))
}

function sharedPrefix(a: string, b: string): number {
  let index = 0
  while (index < a.length && a[index] === b[index]) index++
  return index
}

/** Answers copied from responses, by journal id, the newest `ANSWER_LIMIT` of them. */
class AnswerStore {
  readonly #answers = new Map<number, AnswerRecord>()

  get(id: number): AnswerRecord | undefined {
    return this.#answers.get(id)
  }

  capture(id: number, response: Response): void {
    if (response.type === 'error') {
      this.#keep(id, { status: null, headers: {}, body: '', note: 'the connection was dropped: no answer' })
      return
    }
    const headers = Object.fromEntries(response.headers)
    response
      .clone()
      .text()
      .then(
        (body) => this.#keep(id, toAnswer(response.status, headers, body)),
        () =>
          this.#keep(id, {
            status: response.status,
            headers,
            body: '',
            note: 'the body was cut short: the connection was closed',
          }),
      )
  }

  #keep(id: number, answer: AnswerRecord): void {
    this.#answers.set(id, answer)
    const oldest = this.#answers.keys().next().value
    if (this.#answers.size > ANSWER_LIMIT && oldest !== undefined) this.#answers.delete(oldest)
  }
}

function toAnswer(status: number, headers: Record<string, string>, body: string): AnswerRecord {
  // A copy, not a slice: a slice would keep the whole answer alive (see `cutUtf8`).
  const kept = cutUtf8(body, ANSWER_BODY_LIMIT)
  if (!kept.cut) return { status, headers, body, note: undefined }
  return {
    status,
    headers,
    body: kept.text,
    note: `the body is ${kept.bytes} bytes; the first ${ANSWER_BODY_LIMIT} are shown`,
  }
}

// --- Scenarios --------------------------------------------------------------------------------

function scenarioOverview(engine: MetaEngine, sessionId: string) {
  const active = engine.scenarios.active
  const runtime = findSessionOrNew(engine, sessionId).runtime
  return {
    session: sessionId,
    serverVersion: engine.serverVersion,
    active: active?.scenario.name ?? null,
    state: active ? runtime.state : null,
    scenarios: engine.scenarios.list().map(({ scenario, rules }) => {
      const isActive = scenario.name === active?.scenario.name
      return {
        name: scenario.name,
        description: scenario.description ?? '',
        serverVersion: scenario.serverVersion ?? null,
        active: isActive,
        rules: rules.map((rule) => toRuleSummary(rule, isActive ? runtime.countOf(rule.index) : 0)),
      }
    }),
  }
}

function findRule(engine: MetaEngine, label: string | null): RuleSummary | undefined {
  const compiled = engine.scenarios.active?.rules.find((rule) => rule.label === label)
  return compiled ? toRuleSummary(compiled, 0) : undefined
}

function toRuleSummary({ rule, label }: CompiledRule, matchedCalls: number): RuleSummary {
  const respond = rule.respond
  const action = [
    rule.delay ? `delay ${JSON.stringify(rule.delay)}` : '',
    respond?.error
      ? `error ${respond.error.code} "${respond.error.message}"`
      : respond
        ? `respond ${respond.status}`
        : 'normal answer',
    rule.fault ? `then ${rule.fault}` : '',
  ]
  return {
    label,
    match: JSON.stringify(rule.match),
    calls: rule.calls ? JSON.stringify(rule.calls) : 'every call',
    state: rule.state ?? null,
    newState: rule.newState ?? null,
    action: action.filter(Boolean).join(', '),
    fault: rule.fault ?? null,
    matchedCalls,
  }
}

/** A session's state for reading; a session that does not exist is shown as its baseline, not created. */
function findSessionOrNew(engine: MetaEngine, id: string): Session {
  return engine.readSession(id)
}

function storeOf(engine: MetaEngine, session: string): MetaStore {
  return findSessionOrNew(engine, session).state.store
}

// --- State ------------------------------------------------------------------------------------

interface FunctionRow {
  readonly scopeKey: string
  readonly name: string
  readonly entry: FunctionEntry
  readonly newest: VersionRecord
}

interface StoreIndex {
  readonly revision: number
  /** Tenant scopes with their functions, newest write first. */
  readonly scopes: Map<string, FunctionRow[]>
}

/** One index per store and revision: building it reads every record, paging it reads a page. */
const indexes = new WeakMap<MetaStore, StoreIndex>()

function indexOf(store: MetaStore): StoreIndex {
  const cached = indexes.get(store)
  if (cached?.revision === store.revision) return cached
  const scopes = new Map<string, FunctionRow[]>()
  const seen = new Set<string>()
  for (const record of store.allRecords()) {
    const scope = { businessId: record.businessId, tenantId: record.tenantId, productId: record.productId }
    const scopeKey = toScopeKey(scope)
    if (seen.has(`${scopeKey}/${record.name}`)) continue
    seen.add(`${scopeKey}/${record.name}`)
    const entry = store.findFunction(scope, record.name)
    const newest = entry?.slice(0, 1)[0]
    if (!entry || !newest) continue
    const rows = scopes.get(scopeKey) ?? []
    rows.push({ scopeKey, name: record.name, entry, newest })
    scopes.set(scopeKey, rows)
  }
  for (const rows of scopes.values()) rows.sort((a, b) => compareNewestWrite(b.newest, a.newest))
  const index = { revision: store.revision, scopes }
  indexes.set(store, index)
  return index
}

/** When a record was last written: published versions keep no update time. */
function toWrittenTime(record: VersionRecord): string {
  return record.updateTime || record.published || record.createTime
}

function compareNewestWrite(a: VersionRecord, b: VersionRecord): number {
  return a.modRevision - b.modRevision || a.writeOrder - b.writeOrder
}

function stateResources(store: MetaStore): StateResource[] {
  return [
    { id: 'tenants', label: 'Tenants, functions and versions', total: indexOf(store).scopes.size },
    { id: 'reservations', label: 'Reserve-instance configurations', total: reservationRows(store).length },
    { id: 'podpools', label: 'Pod pools (global)', total: store.slot(POD_POOLS).size },
  ]
}

function pageState(
  store: MetaStore,
  query: { resource: string; parent?: string; page: number; pageSize: number },
): StatePage {
  // Own keys only: `?resource=constructor` must not find Object's constructor.
  const shape =
    (Object.hasOwn(STATE_SHAPES, query.resource) && STATE_SHAPES[query.resource]) || STATE_SHAPES.tenants
  if (!shape) throw new Error('yr-meta-mock: the tenants view is missing')
  const rows = shape.rows(store, query.parent ?? '')
  const start = (query.page - 1) * query.pageSize
  return {
    resource: query.resource,
    label: shape.label,
    columns: shape.columns,
    trail: shape.trail(query.parent ?? ''),
    items: rows.slice(start, start + query.pageSize).map(shape.toRow),
    total: rows.length,
    page: query.page,
    pageSize: query.pageSize,
  }
}

interface StateShape<T> {
  readonly label: string
  readonly columns: readonly string[]
  rows(store: MetaStore, parent: string): readonly T[]
  toRow(item: T): StateRow
  trail(parent: string): StatePage['trail']
}

const describeScope = (scopeKey: string) => {
  const [, tenant = '', product = ''] = scopeKey.split('/')
  return product ? `${tenant} (product ${product})` : tenant
}

/** A function's key in links: its scope and its name (names never hold a newline). */
const toFunctionKey = (row: FunctionRow) => `${row.scopeKey}\n${row.name}`

const tenantsShape: StateShape<[string, FunctionRow[]]> = {
  label: 'Tenants',
  columns: ['tenant', 'functions', 'records'],
  rows: (store) => [...indexOf(store).scopes],
  toRow: ([scopeKey, functions]) => ({
    key: scopeKey,
    cells: [
      describeScope(scopeKey),
      String(functions.length),
      String(functions.reduce((sum, f) => sum + f.entry.size, 0)),
    ],
    record: { scope: scopeKey, functions: functions.length },
    open: { resource: 'functions', parent: scopeKey, label: describeScope(scopeKey) },
  }),
  trail: () => [],
}

const functionsShape: StateShape<FunctionRow> = {
  label: 'Functions, newest write first',
  columns: ['function', 'versions', 'last write (revision)', 'written'],
  rows: (store, scopeKey) => indexOf(store).scopes.get(scopeKey) ?? [],
  toRow: (row) => ({
    key: toFunctionKey(row),
    cells: [row.name, String(row.entry.size), String(row.newest.modRevision), toWrittenTime(row.newest)],
    record: row.newest,
    open: { resource: 'versions', parent: toFunctionKey(row), label: row.name },
  }),
  trail: (scopeKey) => [{ resource: 'functions', parent: scopeKey, label: describeScope(scopeKey) }],
}

const versionsShape: StateShape<VersionRecord> = {
  label: 'Versions, newest write first',
  columns: ['version', 'revision id', 'revision', 'written'],
  rows: (store, functionKey) => {
    const [scopeKey = '', name = ''] = functionKey.split('\n')
    const row = indexOf(store)
      .scopes.get(scopeKey)
      ?.find((candidate) => candidate.name === name)
    return row ? row.entry.slice(0, row.entry.size) : []
  },
  toRow: (record) => ({
    key: `${record.tenantId}/${record.productId}/${record.name}/${record.versionNumber}`,
    cells: [record.versionNumber, record.revisionId, String(record.modRevision), toWrittenTime(record)],
    record,
  }),
  trail: (functionKey) => {
    const [scopeKey = '', name = ''] = functionKey.split('\n')
    return [
      { resource: 'functions', parent: scopeKey, label: describeScope(scopeKey) },
      { resource: 'versions', parent: functionKey, label: name },
    ]
  },
}

interface ReservationRow {
  readonly key: string
  readonly label: string
  readonly configs: unknown
}

function reservationRows(store: MetaStore): ReservationRow[] {
  return [...store.slot(RESERVATIONS).entries()].flatMap(([key, labels]) =>
    [...labels].map(([label, configs]) => ({ key, label, configs })),
  )
}

const reservationsShape: StateShape<ReservationRow> = {
  label: 'Reserve-instance configurations',
  columns: ['function version', 'instance label', 'clusters'],
  rows: (store) => reservationRows(store),
  toRow: (row) => ({
    key: `${row.key}#${row.label}`,
    cells: [row.key.split('/').slice(1).join('/'), row.label, String((row.configs as unknown[]).length)],
    record: { function: row.key, instanceLabel: row.label, instanceConfigInfos: row.configs },
  }),
  trail: () => [],
}

/** Pod pools, most recently written first as the real server lists them; deleted ones stay (status 6). */
const podPoolsShape: StateShape<StoredPool> = {
  label: 'Pod pools (global)',
  columns: ['id', 'group', 'size / max_size', 'status'],
  rows: (store) =>
    [...store.slot(POD_POOLS).entries()]
      .map(([, stored]) => stored)
      .sort((a, b) => b.modRevision - a.modRevision),
  toRow: ({ pool }) => ({
    key: pool.id,
    cells: [pool.id, pool.group, `${pool.size} / ${pool.max_size}`, String(pool.status)],
    record: pool,
  }),
  trail: () => [],
}

const STATE_SHAPES: Record<string, StateShape<never> | undefined> = {
  tenants: tenantsShape as StateShape<never>,
  functions: functionsShape as StateShape<never>,
  versions: versionsShape as StateShape<never>,
  reservations: reservationsShape as StateShape<never>,
  podpools: podPoolsShape as StateShape<never>,
}
