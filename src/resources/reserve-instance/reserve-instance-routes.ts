import { bindJson } from '../../domain/bind-json.js'
import type { DomainContext } from '../../domain/domain-context.js'
import { withErrorWriter, withStepWriter } from '../../http/error-writers.js'
import { createRouteModule, type RouteContext, readBody } from '../../http/route-env.js'
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

type ReserveAction = (ctx: DomainContext, scope: TenantScope, request: ReserveRequest) => unknown

/**
 * `/functions/reserve-instance`, all four methods reading a JSON body (even GET and DELETE):
 * body and validation errors are 400, service errors 500 (404 for a missing function).
 */
export function createReserveInstanceRoutes() {
  return createRouteModule()
    .post('/reserve-instance', (c) => handle(c, false, withEnvelope(saveReservation)))
    .put('/reserve-instance', (c) => handle(c, false, withEnvelope(saveReservation)))
    .delete('/reserve-instance', (c) =>
      handle(c, true, async (...args) => {
        await deleteReservation(...args)
        return { code: 0, message: '' }
      }),
    )
    .get('/reserve-instance', (c) => handle(c, true, listReservations))
}

function handle(c: RouteContext, labelCanBeEmpty: boolean, action: ReserveAction) {
  return withErrorWriter(toSnError500, async () => {
    const text = readBody(c)
    const request = withStepWriter(toSnError400, () =>
      toReserveRequest(bindJson(text, reserveInstanceRequestType), labelCanBeEmpty),
    )
    return toJsonResponse(await action(c.var.ctx, c.var.scope, request))
  })
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
