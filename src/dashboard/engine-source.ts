import type { EngineChange, MetaEngine } from '../engine/meta-engine.js'
import type { Session } from '../engine/session-pool.js'
import { isRefusal, type KeptSnapshot, keepSnapshot, SnapshotShelf } from '../engine/snapshot-shelf.js'
import type { CompiledRule } from '../scenarios/compile-rule.js'
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
  RuleSummary,
  SnapshotSummary,
} from './dashboard-source.js'
import { pageState, stateResources } from './engine-state-source.js'
import { matchesAnyRoute, nearestRoutes } from './route-misses.js'

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
