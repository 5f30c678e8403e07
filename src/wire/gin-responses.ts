import { toGoJson } from '../go/go-json.js'
import { Interner } from '../support/interner.js'

const JSON_TYPE = 'application/json; charset=utf-8'

/** The body of every error the real server writes: its business code and message. */
export interface ErrorBody {
  readonly code: number
  readonly message: string
}

/** net/http's answer to a request-target it cannot parse, written before any handler runs. */
export function toGoBadRequestResponse(): Response {
  return new Response('400 Bad Request', {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' },
  })
}

/** A 200 JSON answer as gin's `c.JSON` writes it. */
export function toJsonResponse(body: unknown, status = 200): Response {
  return toJsonTextResponse(toGoJson(body), status)
}

/** A JSON answer whose text is already serialized (Go-style). */
export function toJsonTextResponse(json: string, status = 200): Response {
  return new Response(json, { status, headers: { 'content-type': JSON_TYPE } })
}

/**
 * `repoutils.BadRequest`: despite its name always HTTP 500, with a `Content-Type` header that is
 * present but empty, exactly as the real server writes it.
 */
export function toBadRequest500(error: ErrorBody): Response {
  return new Response(toErrorJson(error), { status: 500, headers: { 'content-type': '' } })
}

/** `handleBadRequestResp` writing 400: JSON, except that 4115 (not found) becomes 404. */
export function toSnError400(error: ErrorBody): Response {
  return toSnErrorResponse(error, 400)
}

/** `handleBadRequestResp` writing 500: JSON, except that 4115 (not found) becomes 404. */
export function toSnError500(error: ErrorBody): Response {
  return toSnErrorResponse(error, 500)
}

function toSnErrorResponse(error: ErrorBody, status: 400 | 500): Response {
  return toJsonTextResponse(toErrorJson(error), error.code === 4115 ? 404 : status)
}

/**
 * Error texts as written, by code and message. A client asking again for a missing function gets the
 * same text again (the soak's mix: four requests in nine), and encoding it costs three times the
 * look-up. Bounded like the journal's tables: past 1,024 texts or 1 M characters it starts over.
 */
const errorTexts = new Interner<string>(1024, 1024 * 1024)

/** `{"code":…,"message":…}` as Go writes it (`toGoJson`), kept for the next error of the same text. */
function toErrorJson({ code, message }: ErrorBody): string {
  const key = `${code} ${message}`
  return errorTexts.find(key) ?? errorTexts.intern(key, toGoJson({ code, message }), 2 * key.length)
}

/** gin's answer to an unknown route or a wrong method. */
export function toPageNotFoundResponse(): Response {
  return new Response('404 page not found', { status: 404, headers: { 'content-type': 'text/plain' } })
}

/**
 * gin's 404 to a HEAD request: gin registers no HEAD routes, so every HEAD is an unknown route;
 * Go's server sends the headers (and the body's length) but no body.
 */
export function toHeadNotFoundResponse(contentType = 'text/plain'): Response {
  // the length of the body a GET would get (`404 page not found`), as Go announces it
  return new Response(null, { status: 404, headers: { 'content-type': contentType, 'content-length': '18' } })
}

/** `GET /healthz`: 200, no body, and a `Content-Type` header that is present but empty. */
export function toHealthzResponse(): Response {
  // an explicit length, or the Node face would send an empty chunked body
  return new Response(null, { status: 200, headers: { 'content-type': '', 'content-length': '0' } })
}

/** gin's trailing-slash redirect: 301 for GET (with Go's small HTML body), 307 otherwise. */
export function toTrailingSlashRedirect(method: string, location: string): Response {
  if (method !== 'GET')
    return new Response(null, { status: 307, headers: { location, 'content-length': '0' } })
  const body = `<a href="${escapeHtml(location)}">Moved Permanently</a>.\n\n`
  return new Response(body, {
    status: 301,
    headers: { location, 'content-type': 'text/html; charset=utf-8' },
  })
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&#34;')
    .replaceAll("'", '&#39;')
}
