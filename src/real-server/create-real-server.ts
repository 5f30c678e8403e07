import { Hono } from 'hono'
import { createFunctionRoutes } from '../resources/functions/function-routes.js'
import { createReserveInstanceRoutes } from '../resources/reserve-instance/reserve-instance-routes.js'
import { createFunctionVersionRoutes } from '../resources/versions/version-routes.js'
import type { Logger } from '../support/logger.js'
import { toDecodedPath } from '../wire/decoded-path.js'
import { toPageNotFoundResponse, toTrailingSlashRedirect } from '../wire/gin-responses.js'
import { createTrailingSlashMatcher } from './trailing-slash.js'

/** Where the real server serves functions, and where the frontend proxy exposes them. */
export const FUNCTION_PREFIXES = ['/serverless/v1/functions', '/admin/v1/functions'] as const

/**
 * The real server's routes, with gin's 404 and trailing-slash answers and `GET /healthz`. They work
 * on the state the engine binds to each request (`contextOf`).
 */
export function createRoutes(log: Logger): Hono {
  const app = new Hono({ getPath: toDecodedPath })
  app.get('/healthz', () => new Response(null, { status: 200 }))
  for (const prefix of FUNCTION_PREFIXES) {
    // Static segments first: gin prefers `/functions/reserve-instance` to `/functions/:functionName`.
    app.route(prefix, createReserveInstanceRoutes())
    app.route(prefix, createFunctionVersionRoutes())
    app.route(prefix, createFunctionRoutes())
  }
  const matchesRoute = createTrailingSlashMatcher(app)
  app.notFound((c) => {
    const path = toDecodedPath(c.req.raw)
    if (path.length > 1 && path.endsWith('/') && matchesRoute(c.req.method, path.slice(0, -1))) {
      const url = new URL(c.req.url)
      return toTrailingSlashRedirect(c.req.method, `${url.pathname.slice(0, -1)}${url.search}`)
    }
    return toPageNotFoundResponse()
  })
  app.onError((error) => {
    // A bug in the fake, not a behaviour of the real server: say so without internals.
    log.error('unexpected error while answering a request', error)
    return new Response("yr-meta-mock: internal error (see the fake's log)", { status: 500 })
  })
  return app
}
