import { Hono } from 'hono'
import { isPublicDashboardRequest } from '../dashboard/public-paths.js'
import type { MetaEngine } from '../engine/meta-engine.js'
import { createAdminRoutes } from './admin/admin-routes.js'
import { hasAdminToken, toAdminTokenRequired } from './admin/admin-token.js'
import { type CorsSetting, isPreflight, toPreflightResponse, withCors } from './cors.js'
import { createRoutes } from './create-routes.js'
import type { FaceBindings } from './request-body.js'
import type { RouteBindings } from './route-bindings.js'

export { FUNCTION_PREFIXES } from './create-routes.js'

/** Where the fake's own admin surface lives; never part of the real server. */
export const ADMIN_PREFIX = '/__admin'

/** Answers one request, with what the face knows about it. */
export type FakeFetch = (request: Request, face?: FaceBindings) => Promise<Response>

/**
 * The fake's request pipeline, shared by every face: the `/__admin` surface, and every other request
 * through the engine (session, scenario rules, journal) to the real server's routes.
 */
export function createFakeFetch(engine: MetaEngine, guard: AccessOptions = {}): FakeFetch {
  const routes = createRoutes(engine.log)
  const admin = new Hono().route(ADMIN_PREFIX, createAdminRoutes(engine))
  const answer: FakeFetch = async (request, face = {}) => {
    if (isAdminPath(request.url)) {
      const guarded = guard.adminToken !== undefined && !isPublicDashboardRequest(request)
      if (guarded && !hasAdminToken(request, guard.adminToken as string)) return toAdminTokenRequired()
      return admin.fetch(request, face)
    }
    return engine.dispatch(request, face, (routed, ctx) => {
      const bindings: RouteBindings = { ...face, ctx }
      return Promise.resolve(routes.fetch(routed, bindings))
    })
  }
  const cors = guard.cors
  if (cors === undefined || cors === false) return answer
  return async (request, face) =>
    isPreflight(request)
      ? toPreflightResponse(request, cors)
      : withCors(request, await answer(request, face), cors)
}

/** Who may reach the fake: CORS for browsers (off by default), a token for `/__admin` (none by default). */
export interface AccessOptions {
  readonly cors?: CorsSetting
  readonly adminToken?: string
}

/**
 * The same pipeline as a Hono app, for `app.request()` in tests and for mounting in other apps.
 * @example const app = createApp(fetchFake); await app.request('/healthz')
 */
export function createApp(fetchFake: FakeFetch): Hono {
  return new Hono().all('*', (c) => fetchFake(c.req.raw, c.env as FaceBindings | undefined))
}

function isAdminPath(url: string): boolean {
  const pathStart = url.indexOf('/', url.indexOf('://') + 3)
  return pathStart !== -1 && url.startsWith(ADMIN_PREFIX, pathStart)
}
