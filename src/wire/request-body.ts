import type { MaybePromise } from '../support/maybe-promise.js'
import type { FaceBindings } from './face-bindings.js'
import { readTextWithin } from './read-text-within.js'

/** A request body over the fake's limit: answered 413 before it is read whole. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError'
  constructor(readonly limit: number) {
    super(
      `yr-meta-mock: the request body is over the ${limit}-byte limit (the bodyLimit option, --body-limit)`,
    )
  }
}

/**
 * The bindings with the body read, once, for the journal and the routes alike: the face's copy if
 * it has one, else the request's stream, within `limit` bytes (never buffered whole past it).
 */
export function withRequestBody(
  request: Request,
  face: FaceBindings,
  limit: number,
): MaybePromise<FaceBindings> {
  if (face.body !== undefined || face.bodyTooLarge || !hasRequestBody(request, face)) return face
  // Object.assign, not spreads: a key added after a spread is slow on Node 20 (decision 0017).
  if (Number(request.headers.get('content-length') ?? 0) > limit) {
    return Object.assign({}, face, { bodyTooLarge: true })
  }
  return readTextWithin(request.body, limit).then(({ text, complete, bytes }) =>
    Object.assign(
      {},
      face,
      complete ? { body: text, bodyBytes: bytes } : { body: text, bodyBytes: bytes, bodyTooLarge: true },
    ),
  )
}

/** The body a route reads (empty when there is none); over the limit, a `BodyTooLargeError`. */
export function readRequestBody(face: FaceBindings, limit: number): string {
  if (face.bodyTooLarge) throw new BodyTooLargeError(limit)
  return face.body ?? ''
}

/** Whether a request carries a body, judged without making a socket's request build one. */
export function hasRequestBody(request: Request, face: FaceBindings): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return false
  if (!face.fromSocket) return request.body !== null
  return request.headers.has('content-length') || request.headers.has('transfer-encoding')
}
