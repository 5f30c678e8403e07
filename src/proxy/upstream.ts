import { toJsonResponse } from '../wire/gin-responses.js'
import { type Outcome, toAnswer } from '../wire/outcome.js'
import { SESSION_HEADER } from '../wire/session-header.js'

/** Sends one request upstream; the Fetch API's `fetch` by default, the Node face's own where a GET carries a body. */
export type SendUpstream = (url: string, init: UpstreamInit) => Promise<Response>

/** What is sent upstream: the method, the forwarded headers and the body the face already read. */
export interface UpstreamInit {
  readonly method: string
  readonly headers: Headers
  readonly body: string | undefined
}

/** Answers a request the scenario rules left alone, with the body the engine already read. */
export type Upstream = (request: Request, body: string | undefined) => Promise<Outcome>

/** Options of a proxy to a real meta_service (or to the frontend's `/admin/v1`). */
export interface UpstreamOptions {
  /** Base URL of the real server: `http://host:31182` (a path prefix, if any, is kept before the request's path). */
  readonly url: string
  readonly send?: SendUpstream
}

// Hop-by-hop headers (RFC 9110 §7.6.1) and ours: never forwarded either way.
const REQUEST_DROPPED = new Set(['host', 'connection', 'keep-alive', 'content-length', SESSION_HEADER])
// Asking for identity keeps the answer's bytes and length as the server wrote them (fetch would decode gzip).
const REQUEST_REWRITTEN = 'accept-encoding'
const RESPONSE_DROPPED = new Set(['connection', 'keep-alive', 'transfer-encoding'])

/**
 * A proxy to a real server: each request goes up with its method, path, query, headers and body,
 * and the answer comes back unchanged (status, headers, the body streamed). An upstream that cannot
 * be reached gets the frontend's own answer to that, `502 {"message":"failed to access meta service"}`.
 * @example createMetaService({ upstream: createUpstream({ url: 'http://127.0.0.1:31182' }) })
 */
export function createUpstream(options: UpstreamOptions): Upstream {
  const base = options.url.replace(/\/+$/, '')
  const send = options.send ?? sendWithFetch
  return async (request, body) => {
    const init = { method: request.method, headers: toForwardedHeaders(request.headers), body }
    try {
      return toAnswer(toPassedBack(await send(`${base}${toPathAndQuery(request.url)}`, init)))
    } catch {
      const standIn = toUnreachableAnswer()
      standIns.add(standIn)
      return toAnswer(standIn)
    }
  }
}

/** The answers the proxy made up for an upstream it could not reach (the upstream never gave them). */
const standIns = new WeakSet<Response>()

/** Whether the proxy made this answer up because the upstream could not be reached: a recording skips it. */
export function isUnreachableStandIn(response: Response): boolean {
  return standIns.has(response)
}

/** The frontend's answer when meta_service cannot be reached (`metaservice` forwarder, status 502). */
export function toUnreachableAnswer(): Response {
  return toJsonResponse({ message: 'failed to access meta service' }, 502)
}

function sendWithFetch(url: string, init: UpstreamInit): Promise<Response> {
  const hasBody = init.body !== undefined && init.method !== 'GET' && init.method !== 'HEAD'
  return fetch(url, {
    method: init.method,
    headers: init.headers,
    body: hasBody ? init.body : undefined,
    redirect: 'manual',
  })
}

/** The path and query exactly as the client sent them (not re-encoded). */
export function toPathAndQuery(url: string): string {
  const pathStart = url.indexOf('/', url.indexOf('://') + 3)
  return pathStart === -1 ? '/' : url.slice(pathStart)
}

function toForwardedHeaders(headers: Headers): Headers {
  const forwarded = new Headers()
  for (const [name, value] of headers) if (!REQUEST_DROPPED.has(name)) forwarded.set(name, value)
  forwarded.set(REQUEST_REWRITTEN, 'identity')
  return forwarded
}

function toPassedBack(response: Response): Response {
  const headers = new Headers()
  for (const [name, value] of response.headers) if (!RESPONSE_DROPPED.has(name)) headers.append(name, value)
  // fetch decodes a compressed body: its encoding and length no longer describe the bytes passed on.
  if (headers.has('content-encoding')) {
    headers.delete('content-encoding')
    headers.delete('content-length')
  }
  return new Response(response.body, { status: response.status, headers })
}
