import { Hono } from 'hono'
import { ServerPanic } from '../domain/meta-error.js'
import { bindRequestState, type RouteBindings, type RouteEnv } from '../http/route-env.js'
import { createFunctionRoutes } from '../resources/functions/function-routes.js'
import { createPodPoolRoutes } from '../resources/podpools/pod-pool-routes.js'
import { createReserveInstanceRoutes } from '../resources/reserve-instance/reserve-instance-routes.js'
import { createVersionRoutes } from '../resources/versions/version-routes.js'
import type { Logger } from '../support/logger.js'
import { toDecodedPath } from '../wire/decoded-path.js'
import { toPageNotFoundResponse, toTrailingSlashRedirect } from '../wire/gin-responses.js'
import { DROP, type Outcome, toAnswer } from '../wire/outcome.js'
import { listRoutes, type RouteLine } from './route-lines.js'
import { createTrailingSlashMatcher } from './trailing-slash.js'

/** Where the real server serves functions, and where the frontend proxy exposes them. */
export const FUNCTION_PREFIXES = ['/serverless/v1/functions', '/admin/v1/functions'] as const

/** The real server's routes, answering on the state the engine picked for each request. */
export interface RealServer {
  /** Answers one request; a panic of the real server is a dropped connection. */
  handle(request: Request, bindings: RouteBindings): Promise<Outcome>
  /** Every route, for banners and explanations. */
  readonly routes: readonly RouteLine[]
}

/**
 * The real server's route table: one module per resource under each prefix (a new resource is one
 * line here), `GET /healthz`, and gin's 404 and trailing-slash answers.
 */
export function createRealServer(log: Logger): RealServer {
  const app = new Hono<RouteEnv>({ getPath: toDecodedPath })
  app.use(bindRequestState)
  app.get('/healthz', () => new Response(null, { status: 200 }))
  for (const prefix of FUNCTION_PREFIXES) {
    // Static segments first: gin prefers `/functions/reserve-instance` to `/functions/:functionName`.
    app.route(prefix, createReserveInstanceRoutes())
    app.route(prefix, createVersionRoutes())
    app.route(prefix, createFunctionRoutes())
  }
  app.route('/serverless/v1/podpools', createPodPoolRoutes()) // the frontend does not forward pod pools
  answerUnknownRoutes(app)
  app.onError((error) => {
    // A panic goes on up to `handle`, which drops the connection.
    if (error instanceof ServerPanic) throw error
    // A bug in the fake, not a behaviour of the real server: say so without internals.
    log.error('unexpected error while answering a request', error)
    return new Response("yr-meta-mock: internal error (see the fake's log)", { status: 500 })
  })
  return {
    routes: listRoutes(app),
    handle: async (request, bindings) => {
      try {
        return toAnswer(await app.fetch(request, bindings))
      } catch (error) {
        if (error instanceof ServerPanic) return DROP
        throw error
      }
    },
  }
}

/** gin's answers to a path no route takes: a trailing-slash redirect where one would match, else 404. */
function answerUnknownRoutes(app: Hono<RouteEnv>): void {
  const matchesRoute = createTrailingSlashMatcher(app)
  app.notFound((c) => {
    const path = toDecodedPath(c.req.raw)
    if (path.length > 1 && path.endsWith('/') && matchesRoute(c.req.method, path.slice(0, -1))) {
      const url = new URL(c.req.url)
      return toTrailingSlashRedirect(c.req.method, `${url.pathname.slice(0, -1)}${url.search}`)
    }
    return toPageNotFoundResponse()
  })
}
