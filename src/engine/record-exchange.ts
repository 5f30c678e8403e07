import { type MaybePromise, whenReady } from '../support/maybe-promise.js'
import { toDecodedPath } from '../wire/decoded-path.js'
import type { FaceBindings } from '../wire/face-bindings.js'
import type { Outcome } from '../wire/outcome.js'
import type { JournalEntry } from './journal.js'
import type { Session } from './session-pool.js'

/** The most of a request body the journal keeps. */
const BODY_LIMIT = 64 * 1024

/** What is known about a request before it is answered. */
export interface Exchange {
  readonly request: Request
  /** The face's bindings, with the body already read. */
  readonly face: FaceBindings
  readonly session: Session
  readonly rule: string | null
  readonly id: number
}

/**
 * What the journal keeps of a request until an entry is read: not the request itself, which on the
 * node face holds the socket's IncomingMessage and ServerResponse and would keep them alive for as
 * long as the entry lives (up to 1,000 entries in each of up to 100 sessions).
 */
interface RequestFacts {
  readonly method: string
  readonly url: string
  /** The face's raw headers when it has them (the Node face), else the request's own. */
  readonly headers: Headers | readonly string[]
  readonly session: string
  readonly rule: string | null
  readonly id: number
}

/** What the journal keeps of an answer. */
interface AnswerFacts {
  readonly body: string
  readonly status: number | null
  readonly outcome: JournalEntry['outcome']
  readonly durationMs: number
  readonly timeMs: number
}

const OUTCOME_NAMES = { answer: 'response', truncate: 'truncated', drop: 'dropped' } as const

/**
 * Answers a request and writes it, with its outcome and timing, to its session's journal. The entry
 * keeps the request and is turned into plain data only when read: most entries are never read, and
 * building them on the hot path cost a fifth of a request.
 */
export function recordExchange(
  exchange: Exchange,
  answer: () => MaybePromise<Outcome>,
): MaybePromise<Outcome> {
  const started = performance.now()
  return whenReady(answer(), (outcome) => record(exchange, outcome, started))
}

function record(exchange: Exchange, outcome: Outcome, started: number): Outcome {
  const body = exchange.face.body ?? ''
  const ended = performance.now()
  const answerFacts: AnswerFacts = {
    body,
    status: outcome.kind === 'drop' ? null : outcome.response.status,
    outcome: OUTCOME_NAMES[outcome.kind],
    durationMs: ended - started,
    timeMs: Date.now(),
  }
  const { request, session, rule, id } = exchange
  const requestFacts: RequestFacts = {
    method: request.method,
    url: request.url,
    headers: exchange.face.rawHeaders ?? request.headers,
    session: session.id,
    rule,
    id,
  }
  session.journal.record(() => toEntry(requestFacts, answerFacts))
  return outcome
}

function toEntry(request: RequestFacts, answer: AnswerFacts): JournalEntry {
  const url = new URL(request.url)
  return {
    id: request.id,
    time: new Date(answer.timeMs).toISOString(),
    session: request.session,
    method: request.method.toUpperCase(),
    url: request.url,
    path: toDecodedPath(request),
    query: Object.fromEntries(url.searchParams),
    headers: toHeaderRecord(request.headers),
    body: answer.body.length > BODY_LIMIT ? answer.body.slice(0, BODY_LIMIT) : answer.body,
    rule: request.rule,
    status: answer.status,
    outcome: answer.outcome,
    durationMs: Math.round(answer.durationMs * 1000) / 1000,
  }
}

/** Headers as the Fetch API reads them (names lower-cased, repeats joined), from either form. */
function toHeaderRecord(headers: Headers | readonly string[]): Record<string, string> {
  if (headers instanceof Headers) return Object.fromEntries(headers)
  const read = new Headers()
  for (let index = 0; index + 1 < headers.length; index += 2) {
    const name = headers[index] as string
    // HTTP/2's pseudo-headers (`:path`…) are not headers to the Fetch API.
    if (!name.startsWith(':')) read.append(name, headers[index + 1] as string)
  }
  return Object.fromEntries(read)
}
