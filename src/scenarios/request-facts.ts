import { toDecodedPath } from '../wire/decoded-path.js'
import { toSessionId } from '../wire/session-header.js'

/** What rules match a request on. */
export interface RequestFacts {
  readonly method: string
  /** Percent-decoded, as the routes see it. */
  readonly path: string
  readonly query: URLSearchParams
  readonly headers: Headers
  readonly session: string
  /** The body as text, when it was read (rules with a `json` match look into it). */
  readonly body?: string
}

/** The facts of a Fetch request. */
export function toRequestFacts(request: Request, body?: string): RequestFacts {
  return {
    method: request.method.toUpperCase(),
    path: toDecodedPath(request),
    query: new URL(request.url).searchParams,
    headers: request.headers,
    session: toSessionId(request),
    body,
  }
}
