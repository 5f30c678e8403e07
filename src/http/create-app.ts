import { Hono } from 'hono'
import type { MetaEngine } from '../engine/meta-engine.js'
import { createAdminRoutes } from './admin/admin-routes.js'
import { createRoutes } from './create-routes.js'
import type { FaceBindings } from './request-body.js'
import type { RouteBindings } from './route-bindings.js'

export { FUNCTION_PREFIXES } from './create-routes.js'

/** Where the fake's own admin surface lives; never part of the real server. */
export const ADMIN_PREFIX = '/__admin'

/**
 * Builds the Hono app that every face serves: the fake's `/__admin` surface, and every other
 * request through the engine (session, scenario rules) to the real server's routes.
 * @example const app = createApp(engine); await app.request('/healthz')
 */
export function createApp(engine: MetaEngine): Hono {
  const routes = createRoutes(engine.log)
  const app = new Hono()
  app.route(ADMIN_PREFIX, createAdminRoutes(engine))
  app.all('*', (c) => {
    const face = c.env as FaceBindings | undefined
    return engine.dispatch(c.req.raw, face?.bodyOfGet, (request, ctx) => {
      const bindings: RouteBindings = { ...face, ctx }
      return Promise.resolve(routes.fetch(request, bindings))
    })
  })
  return app
}
