import { Interner } from '../support/interner.js'
import { type MaybePromise, whenReady } from '../support/maybe-promise.js'
import { decodeUtf8, encodeWithin } from '../support/utf8-text.js'
import { toDecodedPath } from '../wire/decoded-path.js'
import type { FaceBindings } from '../wire/face-bindings.js'
import type { Outcome } from '../wire/outcome.js'
import type { JournalEntry, PendingEntry } from './journal.js'
import { JOURNAL_BODY_BYTES } from './journal-budget.js'
import type { Session } from './session-pool.js'

/**
 * What an entry costs the journals' byte budget beyond the text it keeps: the object and its 15 fields
 * (~140 B at 8 bytes a field), rounded up.
 */
const ENTRY_BYTES = 256

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
  const facts =
    reusable instanceof ExchangeFacts
      ? reusable.fill(exchange, outcome, durationMs)
      : new ExchangeFacts(exchange, outcome, durationMs)
  journal.record(facts, facts.bytes, facts.wholeBodyBytes === undefined ? undefined : facts.bodyBytesCut)
  return outcome
}

/**
 * URLs and raw header lists as first kept, so a repeated request's own copies die young. Sized for
 * the soak's mix (~2,000 URLs and ~900 header lists over 150 sessions), which then never starts over.
 * A miss costs a lookup and an insert; both tables full hold ~1 MB (measured with the mix's URLs and
 * headers). Each also starts over past 2 M characters, so that long URLs or headers (16 KiB each on
 * the Node face) cannot make them hold 64 MB.
 */
const urls = new Interner<string>(4096, 2 * 1024 * 1024)
const rawHeaderLists = new Interner<readonly string[]>(1024, 2 * 1024 * 1024)

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
  /** What the entry costs the journals' byte budget (see `ENTRY_BYTES`). */
  bytes!: number
  rule!: string | null
  id!: number
  /**
   * At most `JOURNAL_BODY_BYTES` of the body, cut here: the journal never holds a whole large body.
   * A short body as text; a longer one as UTF-8 (`bodyData`), outside V8's heap: a heap that holds
   * tens of MB of bodies grows, before collecting, to several times that with the garbage of large
   * requests (1,000 bodies of 1 MiB over 100 sessions, on the CLI: a peak of ~285 MiB resident with
   * the bodies as text, ~180 MiB as bytes).
   */
  body!: string
  bodyData!: Uint8Array | undefined
  /** The whole body's size when `body` was cut (null: refused over the body limit, size unknown). */
  wholeBodyBytes!: number | null | undefined
  /** The bytes of the body not kept, as far as known (a chunked body refused unread: what was read). */
  bodyBytesCut!: number
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
    this.session = exchange.session.id
    this.rule = exchange.rule
    this.id = exchange.id
    this.#fillBody(request, face)
    const bodySize = this.bodyData === undefined ? this.body.length : this.bodyData.byteLength
    this.bytes = ENTRY_BYTES + url.length + bodySize + this.#fillHeaders(request, face)
    this.status = outcome.kind === 'drop' ? null : outcome.response.status
    this.outcome = OUTCOME_NAMES[outcome.kind]
    this.durationMs = durationMs
    this.timeMs = Date.now()
    return this
  }

  /** Keeps the body, cut to `JOURNAL_BODY_BYTES` (a body shorter than a third of it cannot be longer). */
  #fillBody(request: Request, face: FaceBindings): void {
    const body = face.body ?? ''
    if (body.length * 3 <= JOURNAL_BODY_BYTES && !face.bodyTooLarge) {
      this.body = body
      this.bodyData = undefined
      this.wholeBodyBytes = undefined
      this.bodyBytesCut = 0
      return
    }
    const cut = encodeWithin(body, JOURNAL_BODY_BYTES, face.bodyBytes)
    this.body = ''
    this.bodyData = cut.data
    this.wholeBodyBytes = face.bodyTooLarge ? toAnnouncedLength(request) : cut.cut ? cut.bytes : undefined
    this.bodyBytesCut = (this.wholeBodyBytes ?? cut.bytes) - cut.data.byteLength
  }

  /** Keeps the headers (raw ones as first seen) and returns their size in characters. */
  #fillHeaders(request: Request, face: FaceBindings): number {
    const raw = face.rawHeaders
    if (raw) {
      // No header name or value holds a line break (Node refuses them): the joined text is unambiguous.
      const key = raw.join('\n')
      this.headers = rawHeaderLists.intern(key, raw, 2 * key.length)
      return key.length
    }
    this.headers = request.headers
    let size = 0
    for (const [name, value] of request.headers) size += name.length + value.length + 1
    return size
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
      body: this.bodyData === undefined ? this.body : decodeUtf8(this.bodyData),
      rule: this.rule,
      status: this.status,
      outcome: this.outcome,
      durationMs: Math.round(this.durationMs * 1000) / 1000,
      ...(this.wholeBodyBytes === undefined ? {} : { bodyCut: { bytes: this.wholeBodyBytes } }),
    }
  }
}

/** The length a body over the body limit announced, if it did (else it was chunked: unknown). */
function toAnnouncedLength(request: Request): number | null {
  const announced = request.headers.get('content-length')
  return announced !== null && /^\d+$/.test(announced) ? Number(announced) : null
}

/** Headers as the Fetch API reads them (names lower-cased, repeats joined), from either form. */
export function toHeaderRecord(headers: Headers | readonly string[]): Record<string, string> {
  if (headers instanceof Headers) return Object.fromEntries(headers)
  const read = new Headers()
  for (let index = 0; index + 1 < headers.length; index += 2) {
    const name = headers[index] as string
    // HTTP/2's pseudo-headers (`:path`…) are not headers to the Fetch API.
    if (!name.startsWith(':')) read.append(name, headers[index + 1] as string)
  }
  return Object.fromEntries(read)
}
