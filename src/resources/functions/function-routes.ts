import { bindJson } from '../../domain/bind-json.js'
import { parseFunctionRef } from '../../domain/parse-function-ref.js'
import { toResultEnvelope } from '../../http/envelopes.js'
import { withErrorWriter, withStepWriter } from '../../http/error-writers.js'
import { goQuery } from '../../http/go-query.js'
import { isAdminRequest } from '../../http/request-scope.js'
import {
  createRouteModule,
  ctxOf,
  type RouteContext,
  readBody,
  requestState,
  scopeOf,
} from '../../http/route-env.js'
import { toLatestVersion } from '../../model/names.js'
import { toBadRequest500, toJsonResponse, toSnError400, toSnError500 } from '../../wire/gin-responses.js'
import { createFunction } from './create-function.js'
import { deleteFunction } from './delete-function.js'
import { toFunctionAnswer } from './function-answer.js'
import { toCreateSpec, toUpdateSpec } from './function-body.js'
import { toFunctionRelease } from './function-releases.js'
import { toFunctionVersion } from './function-shapes.js'
import { getFunction, withLayerUrns } from './get-function.js'
import { listFunctions } from './list-functions.js'
import { asListedFromKey } from './nested-shapes.js'
import { updateFunction } from './update-function.js'

const query = (c: RouteContext, key: string) => goQuery(c, key) ?? ''

/** `POST` and `GET` on `/functions`, and `GET`, `PUT`, `DELETE` on `/functions/{name}`. */
export function createFunctionRoutes() {
  return createRouteModule()
    .post('/', (c) =>
      withErrorWriter(toBadRequest500, async () => {
        const { ctx, scope } = requestState(c)
        const release = toFunctionRelease(ctx)
        const text = readBody(c)
        const { name, spec, codeUploadType } = withStepWriter(toSnError400, () =>
          toCreateSpec(bindJson(text, release.requestTypes().create), ctx.config),
        )
        const admin = isAdminRequest(c)
        const record = await createFunction(ctx, scope, name, spec, !(admin && codeUploadType === 's3'))
        return toJsonResponse(toFunctionAnswer(record, 'list', admin, release))
      }),
    )
    .get('/', (c) =>
      withErrorWriter(toBadRequest500, async () => {
        const ctx = ctxOf(c)
        const release = toFunctionRelease(ctx)
        const page = await listFunctions(ctx, scopeOf(c), {
          name: query(c, 'name'),
          version: query(c, 'versionNumber') || query(c, 'qualifier'),
          pageIndex: goQuery(c, 'pageIndex'),
          pageSize: goQuery(c, 'pageSize'),
        })
        const functions =
          page.records === null
            ? null
            : page.records.map((record) => toFunctionVersion(asListedFromKey(record), 'list', release))
        return toJsonResponse(toResultEnvelope({ functions, total: page.total }))
      }),
    )
    .get('/:functionName', (c) =>
      withErrorWriter(toSnError500, () => {
        const { ctx, scope } = requestState(c)
        const release = toFunctionRelease(ctx)
        const ref = withStepWriter(toBadRequest500, () =>
          parseFunctionRef(c.req.param('functionName'), query(c, 'qualifier'), scope, release.serverVersion),
        )
        const record = getFunction(ctx, scope, {
          ref,
          versionNumber: query(c, 'versionNumber'),
          kind: query(c, 'kind'),
        })
        const shown = withLayerUrns(ctx, scope, record)
        return toJsonResponse(toFunctionAnswer(shown, 'detail', isAdminRequest(c), release))
      }),
    )
    .put('/:functionName', (c) =>
      withErrorWriter(toBadRequest500, async () => {
        const { ctx, scope } = requestState(c)
        const release = toFunctionRelease(ctx)
        const request = toUpdateSpec(bindJson(readBody(c), release.requestTypes().update), ctx.config)
        const { name } = parseFunctionRef(
          c.req.param('functionName'),
          toLatestVersion(request.spec.kind),
          scope,
          release.serverVersion,
        )
        const publishes = !(isAdminRequest(c) && request.codeUploadType === 's3')
        const record = await updateFunction(ctx, scope, name, request, publishes)
        return toJsonResponse(toResultEnvelope(toFunctionVersion(record, 'list', release)))
      }),
    )
    .delete('/:functionName', (c) =>
      withErrorWriter(toSnError500, async () => {
        const { ctx, scope } = requestState(c)
        const ref = withStepWriter(toSnError400, () =>
          parseFunctionRef(
            c.req.param('functionName'),
            query(c, 'qualifier'),
            scope,
            ctx.config.serverVersion,
          ),
        )
        await deleteFunction(ctx, scope, ref.name, query(c, 'versionNumber') || ref.version)
        return toJsonResponse({})
      }),
    )
}
