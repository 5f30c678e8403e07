import { type Context, Hono, type MiddlewareHandler } from 'hono'
import type { DomainContext } from '../domain/domain-context.js'
import type { TenantScope } from '../model/scope.js'
import type { FaceBindings } from '../wire/face-bindings.js'
import { readRequestBody } from '../wire/request-body.js'
import { toRequestScope } from './request-scope.js'

/** What the engine hands the routes with every request: the face's bindings and the session's state. */
export interface RouteBindings extends FaceBindings {
  readonly state: DomainContext
}

/** What every handler reads, set once per request by `bindRequestState`. */
export interface RouteVariables {
  /** The session's store, settings and clock. */
  readonly ctx: DomainContext
  /** The caller's tenant and product, from the headers. */
  readonly scope: TenantScope
}

/** The Hono environment of the real server's routes. */
export interface RouteEnv {
  Bindings: RouteBindings
  Variables: RouteVariables
}

/** The context a handler of the real server's routes gets. */
export type RouteContext = Context<RouteEnv>

/** A route module of one resource. */
export function createRouteModule(): Hono<RouteEnv> {
  return new Hono<RouteEnv>()
}

/** The one middleware of the real server's routes: the session's state and the caller's scope. */
export const bindRequestState: MiddlewareHandler<RouteEnv> = async (c, next) => {
  const ctx = c.env.state
  c.set('ctx', ctx)
  c.set('scope', toRequestScope(c.req.raw.headers, ctx.config.defaultTenant))
  await next()
}

/** The request body as text (read once, before the routes), or a 413 past the body limit. */
export function readBody(c: RouteContext): string {
  return readRequestBody(c.env, c.var.ctx.config.bodyLimit)
}
