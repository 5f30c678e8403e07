import { type MaybePromise, whenReady } from '../support/maybe-promise.js'
import { toAnswerKey } from '../wire/answer-inputs.js'
import type { FaceBindings } from '../wire/face-bindings.js'
import { type Outcome, toAnswer } from '../wire/outcome.js'

/**
 * A GET's answer as it was written: enough to write it again. The body is kept encoded and the
 * headers as a plain object, the form @hono/node-server writes to the socket without converting.
 */
interface CachedAnswer {
  readonly kind: 'answer'
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array<ArrayBuffer>
}

/** A GET answered once on this data: the second time it is kept (most GETs of a short-lived session come once). */
interface SeenOnce {
  readonly kind: 'seen'
}

const SEEN_ONCE: SeenOnce = { kind: 'seen' }

/**
 * Answers kept per state of the data, and their bytes, before they are all dropped at once. Enough
 * for a client that reads many functions: the soak's mix makes ~560 different GETs of one state, and
 * with room for 64 they kept pushing each other out (its reads cost twice what they cost alone). The
 * bytes bound what a state may hold whatever the answers' sizes.
 */
export const ANSWERS_PER_DATA = 1024
export const BYTES_PER_DATA = 4 * 1024 * 1024
/** Larger bodies are not kept: rendering them again costs little next to writing them. */
const LARGEST_BODY = 256 * 1024

/** The answers kept for one state of the data, and the bytes of their bodies. */
class KeptAnswers extends Map<string, CachedAnswer | SeenOnce> {
  bytes = 0
}

/** What the cache needs of a store: what stands for its data as it is now (`MetaStore.dataIdentity`). */
export interface CacheableStore {
  readonly dataIdentity: object
}

/**
 * What the cache needs of a session's state: its data and its settings (a `DomainContext`). The
 * settings count too: a snapshot restored under another scenario keeps its data's identity, and
 * the default tenant it is read with may differ.
 */
export interface CacheableState {
  readonly store: CacheableStore
  readonly config: object
}

/** What answers GETs beside the routes: an `AnswerCache`, or `NO_ANSWER_CACHE` (option `answerCache: false`). */
export interface AnswerKeeper {
  kept(request: Request, face: FaceBindings, state: CacheableState): Outcome | undefined
  answer(
    request: Request,
    face: FaceBindings,
    state: CacheableState,
    answer: () => MaybePromise<Outcome>,
  ): MaybePromise<Outcome>
}

/** Keeps nothing: every request is routed and rendered (to compare with the cache, which must not change an answer). */
export const NO_ANSWER_CACHE: AnswerKeeper = {
  kept: () => undefined,
  answer: (_request, _face, _state, answer) => answer(),
}

/**
 * The real server's answers to GET requests, kept per state of the data. A GET's answer depends
 * only on the stored data and settings, the URL and the headers the routes read (`ANSWER_HEADERS`),
 * so the same request on the same data is written again from the kept bytes instead of being
 * routed and rendered. Every write gives a store's data a new identity, and the answers kept for the old one are no longer found;
 * a copy that has not written shares its template's identity, so a new session (or one just reset)
 * starts with the answers its template already made. Rules still run before (a scripted answer
 * never comes from here) and faults after, and the journal records every request.
 */
export class AnswerCache implements AnswerKeeper {
  /** Per settings object (one per baseline), then per state of the data. */
  readonly #bySettings = new WeakMap<object, WeakMap<object, KeptAnswers>>()

  /** The answer kept for this request on the state's current data, if there is one. */
  kept(request: Request, face: FaceBindings, state: CacheableState): Outcome | undefined {
    if (!isCacheable(request, face)) return undefined
    const kept = this.#byData(state.config)
      .get(state.store.dataIdentity)
      ?.get(toAnswerKey(request, face.rawTarget))
    return kept?.kind === 'answer' ? toAnswer(toResponse(kept)) : undefined
  }

  /** The answer from the cache, or from `answer` (kept for next time when it can be). */
  answer(
    request: Request,
    face: FaceBindings,
    state: CacheableState,
    answer: () => MaybePromise<Outcome>,
  ): MaybePromise<Outcome> {
    if (!isCacheable(request, face)) return answer()
    const key = toAnswerKey(request, face.rawTarget)
    // The data before answering, and the answer is kept under it: a write that lands while the
    // answer is made gives the store a new identity, so the answer is never served for the new data.
    const byData = this.#byData(state.config)
    const data = state.store.dataIdentity
    const kept = byData.get(data)?.get(key)
    if (kept?.kind === 'answer') return toAnswer(toResponse(kept))
    return whenReady(answer(), (outcome) => {
      if (outcome.kind !== 'answer') return outcome
      // Kept from the second time on: keeping copies the answer, a cost a GET made once would not repay.
      if (kept === undefined) {
        answersOf(byData, data, 0).set(key, SEEN_ONCE)
        return outcome
      }
      return keep(key, outcome.response, (bytes) => answersOf(byData, data, bytes))
    })
  }

  /** The answers kept under one settings object, by state of the data. */
  #byData(settings: object): WeakMap<object, KeptAnswers> {
    let byData = this.#bySettings.get(settings)
    if (!byData) {
      byData = new WeakMap()
      this.#bySettings.set(settings, byData)
    }
    return byData
  }
}

/** Keeps an answer's bytes (unless too large) in the answers `answersFor` gives for their size. */
async function keep(
  key: string,
  response: Response,
  answersFor: (bytes: number) => KeptAnswers,
): Promise<Outcome> {
  const body = new Uint8Array(await response.arrayBuffer())
  const headers = Object.freeze(Object.fromEntries(response.headers))
  const kept: CachedAnswer = { kind: 'answer', status: response.status, headers, body }
  if (body.byteLength <= LARGEST_BODY) {
    const answers = answersFor(body.byteLength)
    answers.set(key, kept)
    answers.bytes += body.byteLength
  }
  return toAnswer(toResponse(kept))
}

/** Where an answer of `bytes` more is kept for `data`: anew when it would not fit. */
function answersOf(byData: WeakMap<object, KeptAnswers>, data: object, bytes: number): KeptAnswers {
  let answers = byData.get(data)
  if (!answers || answers.size >= ANSWERS_PER_DATA || answers.bytes + bytes > BYTES_PER_DATA) {
    answers = new KeptAnswers()
    byData.set(data, answers)
  }
  return answers
}

/** Whether an answer may be kept: a GET without a body (reserve-instance's GET has one, and its answer depends on it). */
function isCacheable(request: Request, face: FaceBindings): boolean {
  return request.method === 'GET' && face.body === undefined && !face.bodyTooLarge
}

function toResponse(kept: CachedAnswer): Response {
  // The kept headers themselves (frozen): a Response copies what it is given, so a consumer that
  // changes the headers of the response it gets changes its own copy. An empty body that announces
  // its length goes as no body: the Node face then writes the head alone, in one string write,
  // instead of a head and an empty buffer (~5 µs of a /healthz, profiled).
  const body = kept.body.byteLength === 0 && kept.headers['content-length'] !== undefined ? null : kept.body
  return new Response(body, { status: kept.status, headers: kept.headers })
}
