import { bindJson } from '../../domain/bind-json.js'
import type { DomainContext } from '../../domain/domain-context.js'
import type { GoType } from '../../go/go-type.js'
import { withErrorWriter, withStepWriter } from '../../http/error-writers.js'
import { createRouteModule, ctxOf, type RouteContext, readBody, scopeOf } from '../../http/route-env.js'
import type { TenantScope } from '../../model/scope.js'
import { toJsonResponse, toSnError400, toSnError500 } from '../../wire/gin-responses.js'
import { deleteReservation, listReservations, type ReserveRequest, saveReservation } from './reservations.js'
import { createReserveType, deleteReserveType, getReserveType } from './reserve-types.js'
import { validateReserveRequest, validateReserveTags } from './reserve-validation.js'

type ReserveAction = (ctx: DomainContext, scope: TenantScope, request: ReserveRequest) => unknown

/** How one method reads its body: the Go type it binds, its validation tags, and whether a label may be empty. */
interface BodyRule {
  /** Built on first use (decision 0039). */
  readonly type: () => GoType
  readonly tags: 'create' | 'delete' | 'none'
  readonly labelCanBeEmpty: boolean
}

const CREATE: BodyRule = { type: createReserveType, tags: 'create', labelCanBeEmpty: false }
const DELETE: BodyRule = { type: deleteReserveType, tags: 'delete', labelCanBeEmpty: true }
const GET: BodyRule = { type: getReserveType, tags: 'none', labelCanBeEmpty: true }

/**
 * `/functions/reserve-instance`, all four methods reading a JSON body (even GET and DELETE):
 * body and validation errors are 400, service errors 500 (404 for a missing function).
 */
export function createReserveInstanceRoutes() {
  return createRouteModule()
    .post('/reserve-instance', (c) => handle(c, CREATE, withEnvelope(save(false))))
    .put('/reserve-instance', (c) => handle(c, CREATE, withEnvelope(save(true))))
    .delete('/reserve-instance', (c) =>
      handle(c, DELETE, async (...args) => {
        await deleteReservation(...args)
        return { code: 0, message: '' }
      }),
    )
    .get('/reserve-instance', (c) => handle(c, GET, listReservations))
}

function save(isUpdate: boolean): ReserveAction {
  return (ctx, scope, request) => saveReservation(ctx, scope, request, isUpdate)
}

function handle(c: RouteContext, rule: BodyRule, action: ReserveAction) {
  return withErrorWriter(toSnError500, async () => {
    const text = readBody(c)
    const request = withStepWriter(toSnError400, () => toReserveRequest(bindJson(text, rule.type()), rule))
    return toJsonResponse(await action(ctxOf(c), scopeOf(c), request))
  })
}

function withEnvelope(action: ReserveAction): ReserveAction {
  return async (...args) => ({ code: 0, message: '', ...((await action(...args)) as object) })
}

/** `shouldBindJSON` (decode, then govalidator's tags), then `validateReserveInsRequest`. */
function toReserveRequest(body: Record<string, unknown>, rule: BodyRule): ReserveRequest {
  const request: ReserveRequest = {
    funcName: typeof body.funcName === 'string' ? body.funcName : '',
    version: typeof body.version === 'string' ? body.version : '',
    instanceLabel: typeof body.instanceLabel === 'string' ? body.instanceLabel : '',
    // a `null` element decodes to Go's zero struct
    instanceConfigInfos: (
      (body.instanceConfigInfos ?? []) as Array<ReserveRequest['instanceConfigInfos'][number] | undefined>
    ).map((info) => info ?? {}),
  }
  if (rule.tags !== 'none') validateReserveTags(request, rule.tags === 'create')
  // GET checks the name only: its request type has no label
  validateReserveRequest(
    request.funcName,
    rule.tags === 'none' ? '' : request.instanceLabel,
    rule.labelCanBeEmpty,
  )
  return request
}
