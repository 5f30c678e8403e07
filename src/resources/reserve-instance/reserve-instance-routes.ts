import { type Context, Hono } from 'hono'
import { bindJson } from '../../domain/bind-json.js'
import type { ServiceContext } from '../../domain/domain-context.js'
import { answer, using } from '../../http/answer.js'
import { readRequestBody } from '../../http/request-body.js'
import { toRequestScope } from '../../http/request-scope.js'
import { contextOf } from '../../http/route-env.js'
import { reserveInstanceRequestType } from '../../model/request-types.js'
import type { TenantScope } from '../../model/scope.js'
import { toJsonResponse, toSnError400, toSnError500 } from '../../wire/gin-responses.js'
import {
  deleteReservation,
  listReservations,
  type ReserveRequest,
  saveReservation,
  validateReserveRequest,
} from './reservations.js'

type ReserveAction = (ctx: ServiceContext, scope: TenantScope, request: ReserveRequest) => unknown

/**
 * `/functions/reserve-instance`, all four methods reading a JSON body (even GET and DELETE):
 * body and validation errors are 400, service errors 500 (404 for a missing function).
 */
export function createReserveInstanceRoutes(): Hono {
  const routes = new Hono()
  const handle = (c: Context, labelCanBeEmpty: boolean, action: ReserveAction) =>
    answer(toSnError500, async () => {
      const ctx = contextOf(c)
      const text = await readRequestBody(c)
      const request = using(toSnError400, () =>
        toReserveRequest(bindJson(text, reserveInstanceRequestType), labelCanBeEmpty),
      )
      return toJsonResponse(await action(ctx, toRequestScope(c, ctx.config.defaultTenant), request))
    })
  routes.post('/reserve-instance', (c) => handle(c, false, withEnvelope(saveReservation)))
  routes.put('/reserve-instance', (c) => handle(c, false, withEnvelope(saveReservation)))
  routes.delete('/reserve-instance', (c) =>
    handle(c, true, async (...args) => {
      await deleteReservation(...args)
      return { code: 0, message: '' }
    }),
  )
  routes.get('/reserve-instance', (c) => handle(c, true, listReservations))
  return routes
}

function withEnvelope(action: ReserveAction): ReserveAction {
  return async (...args) => ({ code: 0, message: '', ...((await action(...args)) as object) })
}

function toReserveRequest(body: Record<string, unknown>, labelCanBeEmpty: boolean): ReserveRequest {
  const request: ReserveRequest = {
    funcName: typeof body.funcName === 'string' ? body.funcName : '',
    version: typeof body.version === 'string' ? body.version : '',
    instanceLabel: typeof body.instanceLabel === 'string' ? body.instanceLabel : '',
    instanceConfigInfos:
      (body.instanceConfigInfos as ReserveRequest['instanceConfigInfos'] | undefined) ?? [],
  }
  validateReserveRequest(request, labelCanBeEmpty)
  return request
}
