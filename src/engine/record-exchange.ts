import { Interner } from '../support/interner.js'
import { type MaybePromise, whenReady } from '../support/maybe-promise.js'
import { toDecodedPath } from '../wire/decoded-path.js'
import type { FaceBindings } from '../wire/face-bindings.js'
import type { Outcome } from '../wire/outcome.js'
import type { JournalEntry, PendingEntry } from './journal.js'
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

const OUTCOME_NAMES = { answer: 'response', truncate: 'truncated', drop: 'dropped' } as const

/**
 * Answers a request and writes it, with its outcome and timing, to its session's journal. The entry
 * is turned into plain data only when read: most entries are never read, and building them on the
 * hot path cost a fifth of a request.
 */
export function recordExchange(
  exchange: Exchange,
  answer: () => MaybePromise<Outcome>,
): MaybePromise<Outcome> {
  const started = performance.now()
  return whenReady(answer(), (outcome) => recordAnswered(exchange, outcome, started))
}

/** Writes an exchange answered since `started` (`performance.now()`) to its session's journal. */
export function recordAnswered(exchange: Exchange, outcome: Outcome, started: number): Outcome {
  const journal = exchange.session.journal
  const durationMs = performance.now() - started
  const reusable = journal.reusable()
  journal.record(
    reusable instanceof ExchangeFacts
      ? reusable.fill(exchange, outcome, durationMs)
      : new ExchangeFacts(exchange, outcome, durationMs),
  )
  return outcome
}

/**
 * URLs and raw header lists as first kept, so a repeated request's own copies die young. Sized for
 * the soak's mix (~2,000 URLs and ~900 header lists over 150 sessions), which then never starts over.
 * A miss costs a lookup and an insert; both tables full hold ~1 MB (measured with the mix's URLs and
 * headers; longer ones take more).
 */
const urls = new Interner<string>(4096)
const rawHeaderLists = new Interner<readonly string[]>(1024)

/** The raw headers as first kept, for the same names and values in the same order. */
function internRawHeaders(raw: readonly string[]): readonly string[] {
  // No header name or value holds a line break (Node refuses them), so the joined text is unambiguous.
  return rawHeaderLists.intern(raw.join('\n'), raw)
}

/**
 * What the journal keeps of an exchange until its entry is read, in one object: not the request
 * itself, which on the Node face holds the socket's IncomingMessage and ServerResponse and would keep
 * them alive for as long as the entry lives (up to 1,000 entries in each of up to 100 sessions).
 */
class ExchangeFacts implements PendingEntry {
  method!: string
  url!: string
  /** The face's raw headers when it has them (the Node face), else the request's own. */
  headers!: Headers | readonly string[]
  session!: string
  rule!: string | null
  id!: number
  body!: string
  status!: number | null
  outcome!: JournalEntry['outcome']
  durationMs!: number
  timeMs!: number

  constructor(exchange: Exchange, outcome: Outcome, durationMs: number) {
    this.fill(exchange, outcome, durationMs)
  }

  /** Fills this object with an exchange's facts (a new one, or one the journal is about to drop). */
  fill(exchange: Exchange, outcome: Outcome, durationMs: number): this {
    const { request, face } = exchange
    const url = request.url
    this.method = request.method
    this.url = urls.intern(url, url)
    this.headers = face.rawHeaders ? internRawHeaders(face.rawHeaders) : request.headers
    this.session = exchange.session.id
    this.rule = exchange.rule
    this.id = exchange.id
    this.body = face.body ?? ''
    this.status = outcome.kind === 'drop' ? null : outcome.response.status
    this.outcome = OUTCOME_NAMES[outcome.kind]
    this.durationMs = durationMs
    this.timeMs = Date.now()
    return this
  }

  toEntry(): JournalEntry {
    const url = new URL(this.url)
    return {
      id: this.id,
      time: new Date(this.timeMs).toISOString(),
      session: this.session,
      method: this.method.toUpperCase(),
      url: this.url,
      path: toDecodedPath(this),
      query: Object.fromEntries(url.searchParams),
      headers: toHeaderRecord(this.headers),
      body: this.body.length > BODY_LIMIT ? this.body.slice(0, BODY_LIMIT) : this.body,
      rule: this.rule,
      status: this.status,
      outcome: this.outcome,
      durationMs: Math.round(this.durationMs * 1000) / 1000,
    }
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
