import { readTextWithin } from './read-text-within.js'

/**
 * What a face knows about a request beyond the Fetch `Request`. The Fetch API cannot carry a body
 * on GET, but the real server reads one there (reserve-instance), so the Node face hands it over here.
 */
export interface FaceBindings {
  readonly bodyOfGet?: string
  /** Set by the Node face when a GET's body went past the body limit (it stopped reading). */
  readonly bodyOfGetTooLarge?: boolean
  /**
   * Set by the Node face: the request comes from a socket, so its headers tell whether it has a
   * body (reading `request.body` would make the adapter build a full Request, a third of a request's cost).
   */
  readonly fromSocket?: boolean
}

/** A request body over the fake's limit: answered 413 before it is read whole. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError'
  constructor(readonly limit: number) {
    super(
      `yr-meta-mock: the request body is over the ${limit}-byte limit (the bodyLimit option, --body-limit)`,
    )
  }
}

/** The request body as text, from the request or the face's bindings, within `limit` bytes. */
export async function readRequestBody(request: Request, face: FaceBindings, limit: number): Promise<string> {
  if (face.bodyOfGetTooLarge) throw new BodyTooLargeError(limit)
  if (face.bodyOfGet !== undefined) return face.bodyOfGet
  if (Number(request.headers.get('content-length') ?? 0) > limit) throw new BodyTooLargeError(limit)
  const { text, complete } = await readTextWithin(request.body, limit)
  if (!complete) throw new BodyTooLargeError(limit)
  return text
}

/** Whether a request carries a body, judged without making a socket's request build one. */
export function hasRequestBody(request: Request, face: FaceBindings): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false
  if (!face.fromSocket) return request.body !== null
  return request.headers.has('content-length') || request.headers.has('transfer-encoding')
}
