import { Hono } from 'hono'
import type { MaybePromise } from '../support/maybe-promise.js'
import { toDecodedPath } from '../wire/decoded-path.js'
import { toHeadNotFoundResponse, toJsonResponse } from '../wire/gin-responses.js'
import { parseGoRequestTarget } from '../wire/go-request-target.js'
import { type Outcome, toAnswer } from '../wire/outcome.js'

/** Where the frontend exposes the functions, and where it forwards them. */
export const ADMIN_PREFIX = '/admin/v1/functions'
const SERVERLESS_PREFIX = '/serverless/v1/functions'
/** The frontend's gin answers unknown routes with `c.String`-style text, charset included. */
const PLAIN_TEXT = 'text/plain; charset=utf-8'

/** Passes a request on to meta_service (the fake's own `/serverless/v1` routes), with its raw target when it has one. */
export type Upstream = (request: Request, rawTarget?: string) => MaybePromise<Outcome>

/** The frontend's forwarder (`pkg/frontend/api/metaservice`), in front of the real server's routes. */
export interface FrontendAdmin {
  /** Whether a decoded path is the frontend's to answer. */
  owns(path: string): boolean
  /**
   * Answers a request under `/admin`; `rawTarget`, when the face has the target as sent, is what the
   * frontend's own net/http reads (and then what it forwards is a raw target too).
   */
  handle(request: Request, upstream: Upstream, rawTarget?: string): MaybePromise<Outcome>
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
    handle: async (request, upstream, rawTarget) => {
      const path = toDecodedPath(request, rawTarget === undefined ? undefined : { rawTarget })
      const [matches] = app.router.match(request.method, path)
      if (matches.length === 0) return toAnswer(toFrontendNotFound(request.method))
      const query =
        rawTarget === undefined
          ? new URL(request.url).search.slice(1)
          : (parseGoRequestTarget(rawTarget)?.rawQuery ?? '')
      const target = toTargetPath(path, query)
      if (target === undefined)
        return toAnswer(toJsonResponse({ message: 'failed to create forward request' }, 500))
      const outcome = await forwardFollowing(request, upstream, target, rawTarget !== undefined)
      // `client.Do` fails on a dropped connection: the frontend answers for meta_service
      if (outcome.kind === 'drop')
        return toAnswer(toJsonResponse({ message: 'failed to access meta service' }, 502))
      return outcome
    },
  }
}

/**
 * The request-target the frontend's client sends for `target`, as bytes (one character each): the
 * decoded path goes into `http.NewRequest`, which parses it again (a `%2F` left by the first decoding
 * is an escape once more), so meta_service reads these bytes as Go does (`parseGoRequestTarget`).
 */
function escapeForwardedTarget(target: string): string {
  const queryAt = target.indexOf('?')
  const path = queryAt === -1 ? target : target.slice(0, queryAt)
  return `${toByteText(path)}${queryAt === -1 ? '' : target.slice(queryAt)}`
}

/** A Go string as its bytes, one character each: UTF-8, and a byte kept apart (`goBytesToString`) as itself. */
function toByteText(text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (code >= 0xdc80 && code <= 0xdcff) out += String.fromCharCode(code - 0xdc00)
    else for (const byte of new TextEncoder().encode(char)) out += String.fromCharCode(byte)
  }
  return out
}

/** Go's `http.Client` gives up after this many redirects. */
const MAX_REDIRECTS = 10

/**
 * Forwards to meta_service with `http.Client.Do`, which follows its redirects (a trailing slash that
 * meta_service redirects): 307 and 308 keep the method and the body, 301 keeps a GET. The body was
 * read once, before routing; it travels in the bindings.
 */
async function forwardFollowing(
  request: Request,
  upstream: Upstream,
  first: string,
  raw: boolean,
): Promise<Outcome> {
  let target = first
  for (let hops = 0; ; hops++) {
    const forwarded = new Request(new URL(target, request.url), {
      method: request.method,
      headers: request.headers,
    })
    const outcome = await upstream(forwarded, raw ? escapeForwardedTarget(target) : undefined)
    if (outcome.kind !== 'answer' || hops >= MAX_REDIRECTS) return outcome
    const location = outcome.response.headers.get('location')
    const status = outcome.response.status
    const follows = status === 307 || status === 308 || (status === 301 && request.method === 'GET')
    if (!follows || location === null || !location.startsWith('/')) return outcome
    target = location
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
  // what WHATWG URL parsing would change (Go sends them escaped; a byte that is no UTF-8 goes as itself)
  const escaped = path
    .replaceAll('\\', '%5C')
    .replace(/[\udc80-\udcff]/g, (char) => `%${(char.charCodeAt(0) - 0xdc00).toString(16).toUpperCase()}`)
  return escaped + (queryAt === -1 ? '' : target.slice(queryAt))
}
