/** Who may call the fake from a browser: any origin (`true`) or one origin. Off by default. */
export type CorsSetting = boolean | string

const ALLOWED_METHODS = 'GET, POST, PUT, DELETE, OPTIONS'

/** Whether a request is a CORS preflight. */
export function isPreflight(request: Request): boolean {
  return request.method === 'OPTIONS' && request.headers.has('access-control-request-method')
}

/** The answer to a preflight: every method the fake serves, the headers asked for. */
export function toPreflightResponse(request: Request, setting: CorsSetting): Response {
  const headers = toCorsHeaders(request, setting)
  headers.set('access-control-allow-methods', ALLOWED_METHODS)
  headers.set('access-control-allow-headers', request.headers.get('access-control-request-headers') ?? '*')
  headers.set('access-control-max-age', '600')
  return new Response(null, { status: 204, headers })
}

/** A response with the CORS headers added. */
export function withCors(request: Request, response: Response, setting: CorsSetting): Response {
  const headers = new Headers(response.headers)
  for (const [name, value] of toCorsHeaders(request, setting)) headers.set(name, value)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

function toCorsHeaders(request: Request, setting: CorsSetting): Headers {
  const origin = setting === true ? (request.headers.get('origin') ?? '*') : String(setting)
  const headers = new Headers({ 'access-control-allow-origin': origin, 'access-control-expose-headers': '*' })
  if (setting === true) headers.set('vary', 'Origin')
  return headers
}
