import type { FaceBindings } from '../http/request-body.js'
import { toTruncatedPart } from '../scenarios/rule-response.js'
import { toDecodedPath } from '../wire/decoded-path.js'
import { isDroppedConnection } from '../wire/gin-responses.js'
import { readTextWithin } from '../wire/read-text-within.js'
import type { JournalEntry } from './journal.js'
import type { Session } from './session-pool.js'

/** The most of a request body the journal keeps. */
const BODY_LIMIT = 64 * 1024

/** What is known about a request before it is answered. */
export interface Exchange {
  readonly request: Request
  readonly face: FaceBindings
  readonly session: Session
  readonly rule: string | null
  readonly id: number
}

/**
 * Answers a request and writes it, with its answer and timing, to its session's journal. The entry
 * keeps the request and is turned into plain data only when read: most entries are never read, and
 * building them on the hot path cost a fifth of a request.
 */
export async function recordExchange(exchange: Exchange, answer: () => Promise<Response>): Promise<Response> {
  const { request, session } = exchange
  const started = performance.now()
  const body =
    exchange.face.bodyOfGet ?? (hasBody(request, exchange.face) ? await readJournalBody(request) : '')
  const response = await answer()
  const dropped = isDroppedConnection(response)
  const durationMs = performance.now() - started
  const outcome = dropped ? 'dropped' : toTruncatedPart(response) ? 'truncated' : 'response'
  const status = dropped ? null : response.status
  const timeMs = Date.now()
  session.journal.record(() => toEntry(exchange, { body, status, outcome, durationMs, timeMs }))
  return response
}

interface Answer {
  readonly body: string
  readonly status: number | null
  readonly outcome: JournalEntry['outcome']
  readonly durationMs: number
  readonly timeMs: number
}

function toEntry({ request, session, rule, id }: Exchange, answer: Answer): JournalEntry {
  const url = new URL(request.url)
  return {
    id,
    time: new Date(answer.timeMs).toISOString(),
    session: session.id,
    method: request.method.toUpperCase(),
    url: request.url,
    path: toDecodedPath(request),
    query: Object.fromEntries(url.searchParams),
    headers: Object.fromEntries(request.headers),
    body: answer.body.length > BODY_LIMIT ? answer.body.slice(0, BODY_LIMIT) : answer.body,
    rule,
    status: answer.status,
    outcome: answer.outcome,
    durationMs: Math.round(answer.durationMs * 1000) / 1000,
  }
}

/** The first bytes of the body, from a copy of the request (the routes read the original). */
async function readJournalBody(request: Request): Promise<string> {
  return (await readTextWithin(request.clone().body, BODY_LIMIT)).text
}

function hasBody(request: Request, face: FaceBindings): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false
  if (!face.fromSocket) return request.body !== null
  return request.headers.has('content-length') || request.headers.has('transfer-encoding')
}
