import { Hono } from 'hono'
import type { MaybePromise } from '../support/maybe-promise.js'
import { toDecodedPath } from '../wire/decoded-path.js'
import { toHeadNotFoundResponse, toJsonResponse } from '../wire/gin-responses.js'
import { type Outcome, toAnswer } from '../wire/outcome.js'

/** Where the frontend exposes the functions, and where it forwards them. */
export const ADMIN_PREFIX = '/admin/v1/functions'
const SERVERLESS_PREFIX = '/serverless/v1/functions'
/** The frontend's gin answers unknown routes with `c.String`-style text, charset included. */
const PLAIN_TEXT = 'text/plain; charset=utf-8'

/** Passes a request on to meta_service (the fake's own `/serverless/v1` routes). */
export type Upstream = (request: Request) => MaybePromise<Outcome>

/** The frontend's forwarder (`pkg/frontend/api/metaservice`), in front of the real server's routes. */
export interface FrontendAdmin {
  /** Whether a decoded path is the frontend's to answer. */
  owns(path: string): boolean
  handle(request: Request, upstream: Upstream): MaybePromise<Outcome>
  /** The frontend's route table, for banners. */
  readonly app: Hono
}

/**
 * The openYuanrong frontend's `/admin/v1/functions` routes, as its gin engine serves them: the route
 * table of `RegisterFunctionRoutes`, no trailing-slash redirects (`RedirectTrailingSlash = false`), no
 * HEAD, `;` in the query turned into `#` (`allowQuerySemicolons`), and `forwardToMetaService`, which
 * answers 502 when meta_service drops the connection.
 */
export function createFrontendAdmin(): FrontendAdmin {
  const app = new Hono({ getPath: (request) => toDecodedPath(request) })
  const forwarded = () => new Response(null)
  const one = `${ADMIN_PREFIX}/:functionName`
  const versions = `${ADMIN_PREFIX}/:functionName{[^/]*}/versions`
  app.post(ADMIN_PREFIX, forwarded).get(ADMIN_PREFIX, forwarded)
  app.post(versions, forwarded).get(versions, forwarded)
  app.get(one, forwarded).put(one, forwarded).delete(one, forwarded)
  for (const method of ['post', 'put', 'delete', 'get'] as const)
    app[method](`${ADMIN_PREFIX}/reserve-instance`, forwarded)
  return {
    app,
    // the fake has no other /admin routes: whatever is under it is the frontend's to refuse
    owns: (path) => path.startsWith('/admin/'),
    handle: async (request, upstream) => {
      const path = toDecodedPath(request)
      const [matches] = app.router.match(request.method, path)
      if (matches.length === 0) return toAnswer(toFrontendNotFound(request.method))
      const target = toTargetPath(path, new URL(request.url).search.slice(1))
      if (target === undefined)
        return toAnswer(toJsonResponse({ message: 'failed to create forward request' }, 500))
      // the body was read once, before routing; it travels in the bindings
      const forwarded = new Request(new URL(target, request.url), {
        method: request.method,
        headers: request.headers,
      })
      const outcome = await upstream(forwarded)
      // `client.Do` fails on a dropped connection: the frontend answers for meta_service
      if (outcome.kind === 'drop')
        return toAnswer(toJsonResponse({ message: 'failed to access meta service' }, 502))
      return outcome
    },
  }
}

function toFrontendNotFound(method: string): Response {
  if (method === 'HEAD') return toHeadNotFoundResponse(PLAIN_TEXT)
  return new Response('404 page not found', { status: 404, headers: { 'content-type': PLAIN_TEXT } })
}

/**
 * `targetURL` as `forwardToMetaService` builds it (the **decoded** path after the serverless prefix,
 * then `?` and the raw query with `;` already turned into `#`) and as `http.NewRequest` parses it: a
 * `#` starts the fragment, so a `;` cuts the query there; a `?` from a decoded `%3F` starts the query;
 * a bad `%` escape or a control character fails the parse (`undefined`, answered 500).
 */
function toTargetPath(decodedPath: string, rawQuery: string): string | undefined {
  let target = `${SERVERLESS_PREFIX}${decodedPath.slice(ADMIN_PREFIX.length)}`
  if (rawQuery !== '') target += `?${rawQuery.replaceAll(';', '#')}`
  target = target.split('#')[0] ?? ''
  // biome-ignore lint/suspicious/noControlCharactersInRegex: Go's url.Parse refuses exactly these
  if (/[\x00-\x1f\x7f]/.test(target)) return undefined
  const queryAt = target.indexOf('?')
  const path = queryAt === -1 ? target : target.slice(0, queryAt)
  if (/%(?![0-9A-Fa-f]{2})/.test(path)) return undefined
  // what WHATWG URL parsing would change (Go sends them escaped)
  return path.replaceAll('\\', '%5C') + (queryAt === -1 ? '' : target.slice(queryAt))
}
