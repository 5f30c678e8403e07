import { Hono } from 'hono'
import { ServerPanic } from '../domain/meta-error.js'
import type { RouteBindings, RouteEnv } from '../http/route-env.js'
import { createFunctionRoutes } from '../resources/functions/function-routes.js'
import { createPodPoolRoutes } from '../resources/podpools/pod-pool-routes.js'
import { createReserveInstanceRoutes } from '../resources/reserve-instance/reserve-instance-routes.js'
import { createVersionRoutes } from '../resources/versions/version-routes.js'
import type { Logger } from '../support/logger.js'
import type { MaybePromise } from '../support/maybe-promise.js'
import { readAnswerHeader } from '../wire/answer-inputs.js'
import { toDecodedPath, toRoutingPath } from '../wire/decoded-path.js'
import {
  toGoBadRequestResponse,
  toHeadNotFoundResponse,
  toHealthzResponse,
  toPageNotFoundResponse,
  toTrailingSlashRedirect,
} from '../wire/gin-responses.js'
import { toRedirectLocation } from '../wire/go-redirect.js'
import { parseGoRequestTarget } from '../wire/go-request-target.js'
import { DROP, type Outcome, toAnswer } from '../wire/outcome.js'
import { ADMIN_PREFIX, createFrontendAdmin } from './frontend-admin.js'
import { MemoRouter } from './memo-router.js'
import { listRoutes, type RouteLine } from './route-lines.js'
import { createTrailingSlashMatcher } from './trailing-slash.js'

/** Where the real server serves functions. */
const FUNCTION_PREFIX = '/serverless/v1/functions'
/** Where the real server serves functions, and where the frontend's forwarder exposes them. */
export const FUNCTION_PREFIXES = [FUNCTION_PREFIX, ADMIN_PREFIX] as const

/** The real server's routes, answering on the state the engine picked for each request. */
export interface RealServer {
  /** Answers one request; a panic of the real server is a dropped connection. */
  handle(request: Request, bindings: RouteBindings): MaybePromise<Outcome>
  /** Every route, for banners and explanations. */
  readonly routes: readonly RouteLine[]
}

/**
 * The real server's route table: one module per resource under each prefix (a new resource is one
 * line here), `GET /healthz`, and gin's 404 and trailing-slash answers.
 */
export function createRealServer(log: Logger): RealServer {
  const app = new Hono<RouteEnv>({ getPath: toRoutingPath, router: new MemoRouter() })
  app.get('/healthz', () => toHealthzResponse())
  // Static segments first: gin prefers `/functions/reserve-instance` to `/functions/:functionName`.
  app.route(FUNCTION_PREFIX, createReserveInstanceRoutes())
  app.route(FUNCTION_PREFIX, createVersionRoutes())
  app.route(FUNCTION_PREFIX, createFunctionRoutes())
  app.route('/serverless/v1/podpools', createPodPoolRoutes()) // the frontend does not forward pod pools
  answerUnknownRoutes(app)
  app.onError((error) => {
    // A panic goes on up to `handle`, which drops the connection.
    if (error instanceof ServerPanic) throw error
    // A bug in the fake, not a behaviour of the real server: say so without internals.
    log.error('unexpected error while answering a request', error)
    return new Response("yr-meta-mock: internal error (see the fake's log)", { status: 500 })
  })
  const answer = (request: Request, bindings: RouteBindings): MaybePromise<Outcome> => {
    // net/http answers `OPTIONS *` itself: 200, no body
    if (bindings.rawTarget === '*' && request.method === 'OPTIONS') {
      return toAnswer(new Response(null, { status: 200, headers: { 'content-length': '0' } }))
    }
    // gin registers no HEAD routes (Hono would answer HEAD with the GET route)
    if (request.method === 'HEAD') return toAnswer(toHeadNotFoundResponse())
    try {
      // A synchronous handler (the versions list, /healthz) is answered synchronously.
      const response = app.fetch(request, bindings)
      return response instanceof Promise ? response.then(toAnswer, toDropOnPanic) : toAnswer(response)
    } catch (error) {
      return toDropOnPanic(error)
    }
  }
  // Deliberately in the same process (decision 0014): the frontend's forwarder in front of the routes.
  const frontend = createFrontendAdmin()
  return {
    routes: [...listRoutes(app), ...listRoutes(frontend.app)],
    handle: (request, bindings) =>
      // net/http (the frontend's or meta_service's) refuses a target it cannot parse before any handler
      bindings.rawTarget !== undefined && !parseGoRequestTarget(bindings.rawTarget)
        ? toAnswer(toGoBadRequestResponse())
        : frontend.owns(toDecodedPath(request, bindings))
          ? // the forwarder builds its own request to meta_service: its URL is the target, not the face's
            frontend.handle(
              request,
              (forwarded, target) => answer(forwarded, withRawTarget(bindings, target)),
              bindings.rawTarget,
            )
          : answer(request, bindings),
  }
}

function withRawTarget(bindings: RouteBindings, rawTarget: string | undefined): RouteBindings {
  if (bindings.rawTarget === rawTarget) return bindings
  const { rawTarget: _, ...rest } = bindings
  return rawTarget === undefined ? rest : { ...rest, rawTarget }
}

/** A panic of the real server is a dropped connection; anything else goes on up. */
function toDropOnPanic(error: unknown): Outcome {
  if (error instanceof ServerPanic) return DROP
  throw error
}

/** gin's answers to a path no route takes: a trailing-slash redirect where one would match, else 404. */
function answerUnknownRoutes(app: Hono<RouteEnv>): void {
  const matchesRoute = createTrailingSlashMatcher(app)
  app.notFound((c) => {
    const path = toDecodedPath(c.req.raw)
    if (path.length > 1 && path.endsWith('/') && matchesRoute(c.req.method, path.slice(0, -1))) {
      const query = new URL(c.req.url).search.slice(1)
      const prefix = readAnswerHeader(c.req.raw.headers, 'x-forwarded-prefix')
      const location = toRedirectLocation(path, query, prefix)
      return toTrailingSlashRedirect(c.req.method, location)
    }
    return toPageNotFoundResponse()
  })
}
