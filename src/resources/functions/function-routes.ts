import { type Context, Hono } from 'hono'
import { bindJson } from '../../domain/bind-json.js'
import { parseFunctionRef } from '../../domain/parse-function-ref.js'
import { answer, using } from '../../http/answer.js'
import { toFunctionAnswer, toResultEnvelope } from '../../http/envelopes.js'
import { readRequestBody } from '../../http/request-body.js'
import { isAdminRequest, toRequestScope } from '../../http/request-scope.js'
import { contextOf } from '../../http/route-env.js'
import { toLatestVersion } from '../../model/names.js'
import { createRequestType, updateRequestType } from '../../model/request-types.js'
import { toBadRequestResponse, toJsonResponse, toSnError400, toSnError500 } from '../../wire/gin-responses.js'
import { createFunction } from './create-function.js'
import { deleteFunction } from './delete-function.js'
import { toCreateSpec, toUpdateSpec } from './function-body.js'
import { toFunctionVersion } from './function-shapes.js'
import { getFunction } from './get-function.js'
import { listFunctions } from './list-functions.js'
import { updateFunction } from './update-function.js'

const query = (c: Context, key: string) => c.req.query(key) ?? ''

/** `POST` and `GET` on `/functions`, and `GET`, `PUT`, `DELETE` on `/functions/{name}`. */
export function createFunctionRoutes(): Hono {
  const routes = new Hono()

  routes.post('/', (c) =>
    answer(toBadRequestResponse, async () => {
      const ctx = contextOf(c)
      const text = await readRequestBody(c)
      const { name, spec } = using(toSnError400, () =>
        toCreateSpec(bindJson(text, createRequestType), ctx.config),
      )
      const record = await createFunction(ctx, toRequestScope(c, ctx.config.defaultTenant), name, spec)
      return toJsonResponse(toFunctionAnswer(record, 'list', isAdminRequest(c)))
    }),
  )

  routes.get('/', (c) =>
    answer(toBadRequestResponse, async () => {
      const ctx = contextOf(c)
      const page = await listFunctions(ctx, toRequestScope(c, ctx.config.defaultTenant), {
        name: query(c, 'name'),
        version: query(c, 'versionNumber') || query(c, 'qualifier'),
        pageIndex: c.req.query('pageIndex'),
        pageSize: c.req.query('pageSize'),
      })
      const functions = page.records === null ? null : page.records.map((record) => toFunctionVersion(record))
      return toJsonResponse(toResultEnvelope({ functions, total: page.total }))
    }),
  )

  routes.get('/:functionName', (c) =>
    answer(toSnError500, () => {
      const ctx = contextOf(c)
      const scope = toRequestScope(c, ctx.config.defaultTenant)
      const ref = using(toBadRequestResponse, () =>
        parseFunctionRef(c.req.param('functionName'), query(c, 'qualifier'), scope),
      )
      const record = getFunction(ctx, scope, {
        ref,
        versionNumber: query(c, 'versionNumber'),
        kind: query(c, 'kind'),
      })
      return toJsonResponse(toFunctionAnswer(record, 'detail', isAdminRequest(c)))
    }),
  )

  routes.put('/:functionName', (c) =>
    answer(toBadRequestResponse, async () => {
      const ctx = contextOf(c)
      const scope = toRequestScope(c, ctx.config.defaultTenant)
      const request = toUpdateSpec(bindJson(await readRequestBody(c), updateRequestType), ctx.config)
      const { name } = parseFunctionRef(
        c.req.param('functionName'),
        toLatestVersion(request.spec.kind),
        scope,
      )
      const record = await updateFunction(ctx, scope, name, request)
      return toJsonResponse(toResultEnvelope(toFunctionVersion(record)))
    }),
  )

  routes.delete('/:functionName', (c) =>
    answer(toSnError500, async () => {
      const ctx = contextOf(c)
      const scope = toRequestScope(c, ctx.config.defaultTenant)
      const ref = using(toSnError400, () =>
        parseFunctionRef(c.req.param('functionName'), query(c, 'qualifier'), scope),
      )
      await deleteFunction(ctx, scope, ref.name, query(c, 'versionNumber') || ref.version)
      return toJsonResponse({})
    }),
  )

  return routes
}
