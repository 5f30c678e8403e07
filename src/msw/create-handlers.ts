import { http } from 'msw'
import type { MetaService } from '../fake/create-meta-service.js'
import { SESSION_HEADER } from '../wire/session-header.js'

/** Where the intercepted meta_service lives, and which session its requests use. */
export interface HandlerOptions {
  /**
   * Origin (and optional path prefix) the code under test calls, e.g. `http://127.0.0.1:31182`, or
   * several of them (`localhost`, `127.0.0.1` and `[::1]` name the same server).
   */
  readonly baseUrl: string | readonly string[]
  /** Puts every intercepted request in this session (unless it names one itself). */
  readonly session?: string
}

/**
 * MSW handlers that hand every request under `baseUrl` to the service, unchanged. A dropped
 * connection comes back as `Response.error()`, which MSW turns into a network error.
 * @example setupServer(...createHandlers(service, { baseUrl: 'http://127.0.0.1:31182' }))
 */
export function createHandlers(service: Pick<MetaService, 'fetch'>, options: HandlerOptions) {
  const bases = typeof options.baseUrl === 'string' ? [options.baseUrl] : options.baseUrl
  // Only `http.all` is used, with a RegExp: both are the same in msw 2 and msw 3, and a RegExp
  // matches an IPv6 host (`[::1]`) that a path pattern would read as syntax.
  return bases.map((base) =>
    http.all(underBase(base), ({ request }) => service.fetch(withSession(request, options.session))),
  )
}

/**
 * Matches the URL (origin and path, as MSW compares them) of `base` and everything below it. No
 * capturing group: MSW decodes captured groups as parameters, and a path that is no UTF-8 (`%FF`)
 * would throw there, in MSW, before the fake could answer it as the real server does.
 */
function underBase(base: string): RegExp {
  const trimmed = base.replace(/\/+$/, '')
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`^${escaped}(?:/.*)?$`, 'i')
}

function withSession(request: Request, session: string | undefined): Request {
  if (session === undefined || request.headers.has(SESSION_HEADER)) return request
  const headers = new Headers(request.headers)
  headers.set(SESSION_HEADER, session)
  return new Request(request, { headers })
}
