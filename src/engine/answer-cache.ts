import type { FaceBindings } from '../wire/face-bindings.js'
import { type Outcome, toAnswer } from '../wire/outcome.js'

/**
 * A GET's answer as it was written: enough to write it again. The body is kept encoded and the
 * headers as a plain object, the form @hono/node-server writes to the socket without converting.
 */
interface CachedAnswer {
  readonly revision: number
  readonly kind: 'answer'
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: Uint8Array<ArrayBuffer>
}

/** Answers kept per store (each session's data) before the oldest are dropped all at once. */
const ANSWERS_PER_STORE = 64
/** Larger bodies are not kept: rendering them again costs little next to writing them. */
const LARGEST_BODY = 256 * 1024

/**
 * The real server's answers to GET requests, kept per store and write revision. A GET's answer
 * depends only on the stored data, the URL and the caller's tenant and product, so the same request
 * on the same revision is written again from the kept bytes instead of being routed and rendered.
 * Any write moves the revision on, and the kept answer is then ignored. Rules still run before
 * (a scripted answer never comes from here) and faults after, and the journal records every request.
 */
/** A GET answered once at this revision: the second time it is kept (most GETs of a short-lived session come once). */
interface SeenOnce {
  readonly revision: number
  readonly kind: 'seen'
}

export class AnswerCache {
  readonly #byStore = new WeakMap<object, Map<string, CachedAnswer | SeenOnce>>()

  /** The answer from the cache, or from `answer` (kept for next time when it can be). */
  async answer(
    request: Request,
    face: FaceBindings,
    store: { readonly revision: number },
    answer: () => Promise<Outcome>,
  ): Promise<Outcome> {
    // A GET with a body (reserve-instance) depends on the body: never cached.
    if (request.method !== 'GET' || face.body !== undefined || face.bodyTooLarge) return answer()
    const key = toKey(request)
    const kept = this.#byStore.get(store)?.get(key)
    const revision = store.revision
    if (kept?.revision === revision && kept.kind === 'answer') return toAnswer(toResponse(kept))
    // Kept from the second time on: keeping copies the answer, a cost a GET made once would not repay.
    const seenBefore = kept?.revision === revision
    // The revision before answering: a write that lands while the answer is made must not be
    // hidden behind an answer from before it.
    const outcome = await answer()
    if (outcome.kind !== 'answer' || store.revision !== revision) return outcome
    if (!seenBefore) {
      this.#answersOf(store).set(key, { revision, kind: 'seen' })
      return outcome
    }
    return this.#keep(store, key, revision, outcome.response)
  }

  async #keep(store: object, key: string, revision: number, response: Response): Promise<Outcome> {
    const body = new Uint8Array(await response.arrayBuffer())
    const headers = Object.fromEntries(response.headers)
    const kept: CachedAnswer = { revision, kind: 'answer', status: response.status, headers, body }
    if (body.byteLength <= LARGEST_BODY) this.#answersOf(store).set(key, kept)
    return toAnswer(toResponse(kept))
  }

  #answersOf(store: object): Map<string, CachedAnswer | SeenOnce> {
    let answers = this.#byStore.get(store)
    if (!answers || answers.size >= ANSWERS_PER_STORE) {
      answers = new Map()
      this.#byStore.set(store, answers)
    }
    return answers
  }
}

/** What a GET's answer depends on beside the data: the URL and the caller's scope headers. */
function toKey(request: Request): string {
  const { headers } = request
  return `${request.url}\n${headers.get('x-tenant-id') ?? ''}\n${headers.get('x-product-id') ?? ''}`
}

function toResponse(kept: CachedAnswer): Response {
  // A copy of the headers: a consumer may change the ones of the response it gets.
  return new Response(kept.body, { status: kept.status, headers: { ...kept.headers } })
}
