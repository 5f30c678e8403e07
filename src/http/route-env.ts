import { type Context, Hono } from 'hono'
import type { DomainContext } from '../domain/domain-context.js'
import type { TenantScope } from '../model/scope.js'
import type { FaceBindings } from '../wire/face-bindings.js'
import { readRequestBody } from '../wire/request-body.js'
import { toRequestScope } from './request-scope.js'

/** What the engine hands the routes with every request: the face's bindings and the session's state. */
export interface RouteBindings extends FaceBindings {
  readonly state: DomainContext
}

/** What every handler reads: `requestState(c)`. */
export interface RequestState {
  /** The session's store, settings and clock. */
  readonly ctx: DomainContext
  /** The caller's tenant and product, from the headers. */
  readonly scope: TenantScope
}

/** The Hono environment of the real server's routes. */
export interface RouteEnv {
  Bindings: RouteBindings
}

/** The context a handler of the real server's routes gets. */
export type RouteContext = Context<RouteEnv>

/** A route module of one resource. */
export function createRouteModule(): Hono<RouteEnv> {
  return new Hono<RouteEnv>()
}

/**
 * The session's state and the caller's scope. Functions, not a middleware setting `c.var`: a route
 * with one handler takes Hono's fast path (no compose), and each read of `c.var` builds a new object.
 */
export function requestState(c: RouteContext): RequestState {
  return { ctx: ctxOf(c), scope: scopeOf(c) }
}

/** The session's store, settings and clock. */
export function ctxOf(c: RouteContext): DomainContext {
  return c.env.state
}

/** The caller's tenant and product, from the headers. */
export function scopeOf(c: RouteContext): TenantScope {
  return toRequestScope(c.req.raw.headers, c.env.state.config.defaultTenant)
}

/** The request body as text (read once, before the routes), or a 413 past the body limit. */
export function readBody(c: RouteContext): string {
  return readRequestBody(c.env, c.env.state.config.bodyLimit)
}
