import type { JournalEntry } from '../engine/journal.js'
import type { EngineChange, MetaEngine } from '../engine/meta-engine.js'
import type { RecordedExchange } from './recorded-exchange.js'
import { DEFAULT_REDACTED_HEADERS, toRecordedHeaders } from './redaction.js'
import { type FixtureOptions, toRecordedFixture } from './to-fixture.js'

/** How a recording keeps what it sees. */
export interface RecordingOptions {
  /** Request headers recorded as `REDACTED` (default: `DEFAULT_REDACTED_HEADERS`); `[]` keeps them all. */
  readonly redactHeaders?: readonly string[]
  /** The most exchanges kept; later ones are counted as skipped (default 100,000). */
  readonly limit?: number
}

const DEFAULT_LIMIT = 100_000

/**
 * Records the exchanges a proxied fake passes on: every request no scenario rule answered, with the
 * upstream's answer. It listens to the engine's changes, so it costs nothing to the request path
 * beyond a clone of the answer. `stop()` gives the fixture that replays them.
 */
export class Recording {
  readonly #engine: MetaEngine
  readonly #redacted: readonly string[]
  readonly #limit: number
  /** In arrival order; each settles once its answer's body is read (the face reads its own copy). */
  readonly #exchanges: Array<Promise<RecordedExchange | undefined>> = []
  /** The same, by arrival place, once read: for a synchronous write when the process exits. */
  readonly #settled: Array<RecordedExchange | undefined> = []
  #skipped = 0
  #unsubscribe: (() => void) | undefined

  constructor(engine: MetaEngine, options: RecordingOptions = {}) {
    this.#engine = engine
    this.#redacted = options.redactHeaders ?? DEFAULT_REDACTED_HEADERS
    this.#limit = options.limit ?? DEFAULT_LIMIT
    this.#unsubscribe = engine.onChange((change) => this.#see(change))
  }

  get active(): boolean {
    return this.#unsubscribe !== undefined
  }

  /** Exchanges kept so far. */
  get count(): number {
    return this.#exchanges.length
  }

  /** Exchanges past the limit, not kept. */
  get skipped(): number {
    return this.#skipped
  }

  /** Stops listening; the exchanges seen so far stay. */
  stop(): void {
    this.#unsubscribe?.()
    this.#unsubscribe = undefined
  }

  /** Every exchange recorded, in arrival order. */
  async exchanges(): Promise<RecordedExchange[]> {
    const settled = await Promise.all(this.#exchanges)
    return settled.filter((exchange) => exchange !== undefined)
  }

  /** The exchanges whose answers were read already, in arrival order (synchronous). */
  settledExchanges(): RecordedExchange[] {
    return this.#settled.filter((exchange) => exchange !== undefined)
  }

  /** The scenario fixture that answers the recorded requests again. */
  async toFixture(options?: FixtureOptions) {
    return toRecordedFixture(await this.exchanges(), options)
  }

  #see(change: EngineChange): void {
    if (change.kind !== 'request' || change.outcome.kind !== 'answer') return
    const entry = findEntry(this.#engine, change.session, change.entryId)
    // A rule's own answer is the test's fault, not the server's: only the upstream's answers are recorded.
    if (!entry || entry.rule !== null) return
    if (this.#exchanges.length >= this.#limit) {
      this.#skipped++
      return
    }
    const response = change.outcome.response.clone()
    const place = this.#exchanges.length
    const exchange = this.#toExchange(entry, response).then(
      (read) => (this.#settled[place] = read),
      () => undefined,
    )
    this.#exchanges.push(exchange)
  }

  async #toExchange(entry: JournalEntry, response: Response): Promise<RecordedExchange> {
    const end = Date.parse(entry.time)
    return {
      method: entry.method,
      path: entry.path,
      rawPath: toRawPath(entry.url),
      query: entry.query,
      headers: toRecordedHeaders(entry.headers, this.#redacted),
      body: entry.body,
      status: response.status,
      contentType: response.headers.get('content-type'),
      location: response.headers.get('location'),
      responseBody: await response.text(),
      window: [Math.floor(end - entry.durationMs) - 1, end],
    }
  }
}

function findEntry(engine: MetaEngine, session: string, id: number): JournalEntry | undefined {
  const entries = engine.session(session).journal.all()
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index] as JournalEntry
    if (entry.id === id) return entry
  }
  return undefined
}

function toRawPath(url: string): string {
  const pathStart = url.indexOf('/', url.indexOf('://') + 3)
  return pathStart === -1 ? '/' : url.slice(pathStart)
}

/** The recording of each engine, so the admin surface and the CLI find the same one. */
const recordings = new WeakMap<MetaEngine, Recording>()

/** Starts recording an engine's exchanges (stopping and replacing any recording it had). */
export function startRecording(engine: MetaEngine, options?: RecordingOptions): Recording {
  recordings.get(engine)?.stop()
  const recording = new Recording(engine, options)
  recordings.set(engine, recording)
  return recording
}

/** The engine's current (or last) recording. */
export function recordingOf(engine: MetaEngine): Recording | undefined {
  return recordings.get(engine)
}
