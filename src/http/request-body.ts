import type { Context } from 'hono'
import { readTextWithin } from '../wire/read-text-within.js'
import type { RouteBindings } from './route-env.js'

/**
 * Bindings a face may pass along with a request. The Fetch API cannot carry a body on GET, but
 * the real server reads one there (reserve-instance), so the Node face hands it over here.
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

/** The request body as text, from the request or the face's bindings, within the body limit. */
export async function readRequestBody(c: Context): Promise<string> {
  const bindings = c.env as RouteBindings
  const limit = bindings.ctx.config.bodyLimit
  if (bindings.bodyOfGetTooLarge) throw new BodyTooLargeError(limit)
  if (bindings.bodyOfGet !== undefined) return bindings.bodyOfGet
  if (Number(c.req.header('content-length') ?? 0) > limit) throw new BodyTooLargeError(limit)
  const { text, complete } = await readTextWithin(c.req.raw.body, limit)
  if (!complete) throw new BodyTooLargeError(limit)
  return text
}
