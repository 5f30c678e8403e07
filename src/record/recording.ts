import type { EngineChange, MetaEngine } from '../engine/meta-engine.js'
import type { Exchange } from '../engine/record-exchange.js'
import { isUnreachableStandIn } from '../proxy/upstream.js'
import { ByteBudget, readWithinBudget } from './byte-budget.js'
import type { RecordedExchange } from './recorded-exchange.js'
import { type RecordedRequest, recordedRequestBytes, toRecordedRequest } from './recorded-request.js'
import { DEFAULT_REDACTED_HEADERS } from './redaction.js'
import { type FixtureOptions, toRecordedFixture } from './to-fixture.js'

/** How a recording keeps what it sees. */
export interface RecordingOptions {
  /** Request headers recorded as `REDACTED` (default: `DEFAULT_REDACTED_HEADERS`); `[]` keeps them all. */
  readonly redactHeaders?: readonly string[]
  /** The most exchanges kept; later ones are counted as skipped (default 100,000). */
  readonly limit?: number
  /**
   * The most bytes kept (request and answer bodies, paths and headers, in UTF-8; default 64 MiB). An
   * exchange that does not fit whole is skipped and counted, never cut.
   */
  readonly maxBytes?: number
  /** Called each time an exchange has been kept whole (its answer read): a file writer's cue. */
  readonly onKept?: () => void
  /** Called each time an exchange is not kept, with why. */
  readonly onSkipped?: (reason: keyof SkippedExchanges) => void
}

export const DEFAULT_RECORDING_LIMIT = 100_000
export const DEFAULT_RECORDING_MAX_BYTES = 64 * 1024 * 1024
/** A larger budget could make a fixture text past V8's longest string (~512 MiB) once escaped. */
export const MAX_RECORDING_MAX_BYTES = 256 * 1024 * 1024

/** Why exchanges were not kept, each counted. */
export interface SkippedExchanges {
  /** Past the most exchanges kept. */
  limit: number
  /** Would not fit whole in the byte budget. */
  budget: number
  /** The proxy's own 502 for an upstream it could not reach: the upstream never gave that answer. */
  unreachable: number
  /** Not read whole: a request body over the body limit, or an answer that broke off. */
  incomplete: number
}

/**
 * Records the exchanges a proxied fake passes on: every request no scenario rule answered, with the
 * upstream's answer, both bodies whole. It listens to the engine's changes, so it costs nothing to the
 * request path beyond a clone of the answer. Bounded in bytes as data comes in (`maxBytes`): what does
 * not fit is counted in `skippedBy`. `stop()` gives the fixture that replays them.
 */
export class Recording {
  readonly #engine: MetaEngine
  readonly #redacted: readonly string[]
  readonly #limit: number
  readonly #budget: ByteBudget
  readonly #onKept: () => void
  readonly #onSkipped: (reason: keyof SkippedExchanges) => void
  /** In arrival order; each settles once its answer's body is read (the face reads its own copy). */
  readonly #exchanges: Array<Promise<RecordedExchange | undefined>> = []
  /** The same, by arrival place, once read: for a synchronous write when the process exits. */
  readonly #settled: Array<RecordedExchange | undefined> = []
  readonly #skipped: SkippedExchanges = { limit: 0, budget: 0, unreachable: 0, incomplete: 0 }
  /** Exchanges taken up and then skipped once their answer was read (too big, broken off). */
  #givenUp = 0
  #unsubscribe: (() => void) | undefined

  constructor(engine: MetaEngine, options: RecordingOptions = {}) {
    this.#redacted = options.redactHeaders ?? DEFAULT_REDACTED_HEADERS
    this.#limit = options.limit ?? DEFAULT_RECORDING_LIMIT
    this.#budget = new ByteBudget(options.maxBytes ?? DEFAULT_RECORDING_MAX_BYTES)
    this.#onKept = options.onKept ?? (() => {})
    this.#onSkipped = options.onSkipped ?? (() => {})
    this.#engine = engine
    this.#unsubscribe = engine.onChange((change) => this.#see(change))
  }

  get active(): boolean {
    return this.#unsubscribe !== undefined
  }

  /** Exchanges kept so far (some may still be reading their answer). */
  get count(): number {
    return this.#exchanges.length - this.#givenUp
  }

  /** Bytes kept so far, and the most that may be. */
  get bytes(): number {
    return this.#budget.used
  }

  get maxBytes(): number {
    return this.#budget.max
  }

  /** Exchanges not kept, all reasons together. */
  get skipped(): number {
    const { limit, budget, unreachable, incomplete } = this.#skipped
    return limit + budget + unreachable + incomplete
  }

  /** Exchanges not kept, by reason. */
  get skippedBy(): Readonly<SkippedExchanges> {
    return { ...this.#skipped }
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
    // A rule's own answer is the test's fault, not the server's: only the upstream's answers are recorded.
    if (change.exchange.rule !== null) return
    const skipped = this.#take(change.exchange, change.outcome.response, change.window)
    if (skipped !== undefined) this.#skip(skipped)
  }

  /** Starts keeping an exchange; or says why it is not kept. */
  #take(
    exchange: Exchange,
    response: Response,
    window: readonly [number, number],
  ): keyof SkippedExchanges | undefined {
    if (isUnreachableStandIn(response)) return 'unreachable'
    if (exchange.face.bodyTooLarge) return 'incomplete'
    if (this.count >= this.#limit) return 'limit'
    const request = toRecordedRequest(exchange, this.#redacted)
    const requestBytes = recordedRequestBytes(request)
    if (!this.#budget.take(requestBytes)) return 'budget'
    const place = this.#exchanges.length
    const kept = this.#keep(place, request, requestBytes, response.clone(), window)
    // Never a rejection nobody awaits (it would end the process): a failing `onKept` is logged.
    this.#exchanges.push(
      kept.catch((error: unknown) => {
        this.#engine.log.error('a recording could not keep an exchange', error)
        return undefined
      }),
    )
    return undefined
  }

  async #keep(
    place: number,
    request: RecordedRequest,
    requestBytes: number,
    response: Response,
    window: readonly [number, number],
  ): Promise<RecordedExchange | undefined> {
    const read = await readWithinBudget(response, this.#budget)
    if (read.kind !== 'read') {
      this.#budget.give(requestBytes)
      this.#givenUp++
      this.#skip(read.kind === 'over-budget' ? 'budget' : 'incomplete')
      return undefined
    }
    const exchange: RecordedExchange = {
      ...request,
      status: response.status,
      contentType: response.headers.get('content-type'),
      location: response.headers.get('location'),
      responseBody: read.text,
      window: [window[0], window[1]],
    }
    this.#settled[place] = exchange
    this.#onKept()
    return exchange
  }

  #skip(reason: keyof SkippedExchanges): void {
    this.#skipped[reason]++
    this.#onSkipped(reason)
  }
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
