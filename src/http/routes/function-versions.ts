import { Hono } from 'hono'
import { publishRequestType } from '../../model/request-types.js'
import { toFunctionVersion } from '../../present/shapes.js'
import { toVersionListJson } from '../../present/version-list-json.js'
import { bindJson } from '../../service/bind-json.js'
import { listVersions, type VersionPage } from '../../service/list-versions.js'
import { metaErrors } from '../../service/meta-error.js'
import { parseFunctionRef } from '../../service/parse-function-ref.js'
import { publishVersion } from '../../service/publish-version.js'
import { answer } from '../answer.js'
import { toFunctionAnswer, toResultEnvelope } from '../envelopes.js'
import { readRequestBody } from '../request-body.js'
import { isAdminRequest, toRequestScope } from '../request-scope.js'
import { toBadRequestResponse, toJsonResponse, toJsonTextResponse } from '../responses.js'
import { contextOf } from '../route-bindings.js'

const str = (value: unknown) => (typeof value === 'string' ? value : '')

/** `GET` (list) and `POST` (publish) on `/functions/{name}/versions`: every error is the 500 writer. */
export function createFunctionVersionRoutes(): Hono {
  // An empty name must reach the handlers (gin matches `/functions//versions`), hence `[^/]*`.
  const routes = new Hono()

  routes.get('/:name{[^/]*}/versions', (c) =>
    answer(toBadRequestResponse, () => {
      const ctx = contextOf(c)
      const query = c.req.query() // one parse; like Go's Query, it keeps the first of repeated keys
      const page = listVersions(ctx, toRequestScope(c, ctx.config.defaultTenant), {
        name: c.req.param('name'),
        pageIndex: query.pageIndex,
        pageSize: query.pageSize,
      })
      return query.isAdmin
        ? toJsonResponse(toAdminVersionList(page))
        : toJsonTextResponse(toVersionListJson(page))
    }),
  )

  routes.post('/:name{[^/]*}/versions', (c) =>
    answer(toBadRequestResponse, async () => {
      const ctx = contextOf(c)
      const scope = toRequestScope(c, ctx.config.defaultTenant)
      if (c.req.param('name') === '') throw metaErrors.invalidUserParam('empty function name')
      const body = bindJson(await readRequestBody(c), publishRequestType)
      const { name } = parseFunctionRef(c.req.param('name'), '', scope)
      const record = await publishVersion(ctx, scope, name, {
        revisionId: str(body.revisionId),
        versionNumber: str(body.versionNumber),
        versionDesc: str(body.versionDesc),
        kind: str(body.kind),
      })
      return toJsonResponse(toFunctionAnswer(record, 'detail', isAdminRequest(c)))
    }),
  )

  return routes
}

/** The admin shape: an envelope, `[]` when empty, no paging echo. */
function toAdminVersionList({ versions, total }: VersionPage) {
  return toResultEnvelope({ versions: versions.map((record) => toFunctionVersion(record)), total })
}
