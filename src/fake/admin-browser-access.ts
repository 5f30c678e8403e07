import { toAdminError } from '../admin/admin-responses.js'
import { ADMIN_PREFIX } from '../admin/admin-routes.js'
import { isPublicDashboardRequest } from '../dashboard/public-paths.js'
import { type MaybePromise, whenReady } from '../support/maybe-promise.js'
import { type CorsSetting, isPreflight, toPreflightResponse, withCors } from '../wire/cors.js'
import type { FaceBindings } from '../wire/face-bindings.js'
import { type Outcome, toAnswer, withResponse } from '../wire/outcome.js'

type Handle = (request: Request, face?: FaceBindings) => MaybePromise<Outcome>

/** The header a client outside a browser may send on an admin write instead of a JSON content type. */
export const ADMIN_INTENT_HEADER = 'x-mock-admin'

/**
 * Headers of which one must come with every admin write. A page elsewhere cannot send any of them
 * without the browser asking the fake first (a preflight), and the fake answers no preflight for
 * `/__admin` (unless `adminCors` names the page's origin).
 */
const PREFLIGHTED_HEADERS = [ADMIN_INTENT_HEADER, 'authorization', 'x-admin-token']

/** Methods that change nothing on `/__admin` (OPTIONS answers a 404, or a preflight). */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** What a browser says of where a request comes from (`Sec-Fetch-Site`) that is this origin or nowhere. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none'])

/** `/__admin/…`, wherever the URL's path starts. */
export function isAdminPath(url: string): boolean {
  const pathStart = url.indexOf('/', url.indexOf('://') + 3)
  return pathStart !== -1 && url.startsWith(ADMIN_PREFIX, pathStart)
}

/**
 * Refuses `/__admin` calls a web page on another origin made or could make, with 403: one whose
 * `Origin` is not the fake's own (nor `adminCors`), one a browser marks `Sec-Fetch-Site: same-site`
 * or `cross-site` (another port is another origin), and any write that is a "simple" request: a
 * write needs `Content-Type: application/json` or one of {@link PREFLIGHTED_HEADERS}, which a page
 * elsewhere cannot send without a preflight. Clients outside browsers send no `Origin` and pass.
 */
export function withAdminBrowserGuard(handle: Handle, adminCors: string | undefined): Handle {
  return (request, face) => {
    if (!isAdminPath(request.url) || isPublicDashboardRequest(request)) return handle(request, face)
    const refusal = toForeignRefusal(request, adminCors) ?? toSimpleWriteRefusal(request)
    return refusal ? toAnswer(refusal) : handle(request, face)
  }
}

function toForeignRefusal(request: Request, adminCors: string | undefined): Response | undefined {
  const origin = request.headers.get('origin')
  if (origin !== null && origin === adminCors) return undefined
  const fetchSite = request.headers.get('sec-fetch-site')
  const own = ownOrigin(request)
  const foreignOrigin = origin !== null && origin !== own
  const foreignSite = fetchSite !== null && !OWN_FETCH_SITES.has(fetchSite)
  if (!foreignOrigin && !foreignSite) return undefined
  return toAdminError(
    403,
    `/__admin refuses a call from a web page on another origin (Origin: ${origin ?? '(none)'}, ` +
      `Sec-Fetch-Site: ${fetchSite ?? '(none)'}): only this origin (${own}), the dashboard on it and ` +
      'clients outside a browser may reset, rewrite or read the fake. To let one page in, start the fake ' +
      'with --admin-cors <its origin> (startServer({ adminCors }))',
    { origin, secFetchSite: fetchSite, allowedOrigins: adminCors === undefined ? [own] : [own, adminCors] },
  )
}

function toSimpleWriteRefusal(request: Request): Response | undefined {
  if (READ_METHODS.has(request.method) || isJson(request)) return undefined
  if (PREFLIGHTED_HEADERS.some((name) => request.headers.has(name))) return undefined
  return toAdminError(
    403,
    `${request.method} ${new URL(request.url).pathname} needs "Content-Type: application/json" (with a ` +
      `JSON body, or none) or the header "${ADMIN_INTENT_HEADER}: 1": a web page on another site cannot ` +
      'send either without the browser asking the fake first, so it cannot reset or rewrite it',
    {
      contentType: request.headers.get('content-type'),
      needs: ['content-type: application/json', `${ADMIN_INTENT_HEADER}: 1`],
    },
  )
}

/** Whether the body is declared JSON: `application/json`, with parameters or not, nothing else. */
function isJson(request: Request): boolean {
  const type = request.headers.get('content-type')
  return type !== null && type.split(';')[0]?.trim().toLowerCase() === 'application/json'
}

/** The origin the request was sent to: the URL's scheme with the Host header the face built it from. */
function ownOrigin(request: Request): string {
  return new URL(request.url).origin
}

/**
 * An `--admin-cors` value: one origin (`http://localhost:5173`: scheme, host, port), never `*`.
 * Answers the problem in a sentence, or undefined when the value is fine.
 */
export function adminCorsProblem(value: string): string | undefined {
  const problem =
    'takes one origin such as http://localhost:5173 (scheme, host and optional port; no path, no "*"), ' +
    `not ${JSON.stringify(value)}`
  let origin: string
  try {
    origin = new URL(value).origin
  } catch {
    return problem
  }
  return origin === value && /^https?:$/.test(new URL(value).protocol) ? undefined : problem
}

/** An `adminCors` option, checked: one origin or none; anything else throws, naming the option. */
export function checkAdminCors(value: string | undefined): string | undefined {
  const problem = value === undefined ? undefined : adminCorsProblem(value)
  if (problem !== undefined) throw new TypeError(`yr-meta-mock: adminCors ${problem}`)
  return value
}

/**
 * CORS where it was asked for: `cors` on the real server's routes only, never on `/__admin`, which
 * answers a browser's cross-origin call (and its preflight) only from the one `adminCors` origin.
 */
export function withCorsRules(
  handle: Handle,
  cors: CorsSetting | undefined,
  adminCors: string | undefined,
): Handle {
  if ((cors === undefined || cors === false) && adminCors === undefined) return handle
  const settingFor = (request: Request): CorsSetting | undefined => {
    if (!isAdminPath(request.url)) return cors
    return adminCors !== undefined && request.headers.get('origin') === adminCors ? adminCors : undefined
  }
  return (request, face) => {
    const setting = settingFor(request)
    if (setting === undefined || setting === false) return handle(request, face)
    if (isPreflight(request)) return toAnswer(toPreflightResponse(request, setting))
    return whenReady(handle(request, face), (outcome) =>
      withResponse(outcome, (response) => withCors(request, response, setting)),
    )
  }
}
