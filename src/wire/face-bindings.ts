/**
 * What a face knows about a request beyond the Fetch `Request`. The body is read once, by the face
 * (the Node face reads it from the socket, which also carries a GET's body: the Fetch API cannot,
 * but the real server reads one there, on reserve-instance) or else by `withRequestBody`.
 */
export interface FaceBindings {
  /** The request body as text, once read. */
  readonly body?: string
  /** The bytes read of the body (all of it, or the part read before it passed the limit). */
  readonly bodyBytes?: number
  /** The body went past the body limit: reading stopped, and a route that reads it answers 413. */
  readonly bodyTooLarge?: boolean
  /**
   * Set by the Node face: the request comes from a socket, so its headers tell whether it has a
   * body (reading `request.body` would make the adapter build a full Request, a third of a request's cost).
   */
  readonly fromSocket?: boolean
  /**
   * Set by the Node face: the headers as they came (name, value, name, value…). The journal keeps
   * these, not `request.headers`: the adapter's headers hold the socket's IncomingMessage, which an
   * entry would keep alive with everything it references.
   */
  readonly rawHeaders?: readonly string[]
  /**
   * Set by the Node face when the request-target holds what a Fetch `Request` would rewrite (dot
   * segments, `%`, `#`, an absolute form): the target as sent, read as Go reads it
   * (`go-request-target.ts`). Absent, the `Request`'s URL is the target.
   */
  readonly rawTarget?: string
}
