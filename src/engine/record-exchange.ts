import { toDecodedPath } from '../http/decoded-path.js'
import { toTruncatedPart } from '../scenarios/rule-response.js'
import type { JournalEntry } from './journal.js'
import type { Session } from './session-pool.js'

/** The most of a request body the journal keeps. */
const BODY_LIMIT = 64 * 1024

/** What is known about a request before it is answered. */
export interface Exchange {
  readonly request: Request
  readonly bodyOfGet: string | undefined
  readonly session: Session
  readonly rule: string | null
  readonly id: number
}

/** Answers a request and writes it, with its answer and timing, to its session's journal. */
export async function recordExchange(exchange: Exchange, answer: () => Promise<Response>): Promise<Response> {
  const { request, session } = exchange
  const started = performance.now()
  const body = exchange.bodyOfGet ?? (hasBody(request) ? await request.clone().text() : '')
  const response = await answer()
  const url = new URL(request.url)
  const entry: JournalEntry = {
    id: exchange.id,
    time: new Date().toISOString(),
    session: session.id,
    method: request.method.toUpperCase(),
    url: request.url,
    path: toDecodedPath(request),
    query: Object.fromEntries(url.searchParams),
    headers: Object.fromEntries(request.headers),
    body: body.length > BODY_LIMIT ? body.slice(0, BODY_LIMIT) : body,
    rule: exchange.rule,
    status: response.type === 'error' ? null : response.status,
    outcome: response.type === 'error' ? 'dropped' : toTruncatedPart(response) ? 'truncated' : 'response',
    durationMs: Math.round((performance.now() - started) * 1000) / 1000,
  }
  session.journal.record(entry)
  return response
}

function hasBody(request: Request): boolean {
  return request.body !== null && request.method !== 'GET' && request.method !== 'HEAD'
}
