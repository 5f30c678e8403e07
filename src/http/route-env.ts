import type { Context } from 'hono'
import type { ServiceContext } from '../domain/domain-context.js'
import type { FaceBindings } from './request-body.js'

/** What the engine hands the routes with every request: the state of the request's session. */
export interface RouteBindings extends FaceBindings {
  readonly ctx: ServiceContext
}

/** The service context a route works on. */
export function contextOf(c: Context): ServiceContext {
  return (c.env as RouteBindings).ctx
}
