import { Hono } from 'hono'
import { publishRequestType } from '../../model/request-types.js'
import {
  toFunctionGetResponse,
  toFunctionVersion,
  toUserFunction,
  toVersionListItem,
} from '../../present/shapes.js'
import { bindJson } from '../../service/bind-json.js'
import { listVersions, type VersionPage } from '../../service/list-versions.js'
import { metaErrors } from '../../service/meta-error.js'
import { parseFunctionRef } from '../../service/parse-function-ref.js'
import { publishVersion } from '../../service/publish-version.js'
import { answer } from '../answer.js'
import { toResultEnvelope, toUserEnvelope } from '../envelopes.js'
import { readRequestBody } from '../request-body.js'
import { isAdminRequest, toRequestScope } from '../request-scope.js'
import { toBadRequestResponse, toJsonResponse } from '../responses.js'
import { contextOf } from '../route-bindings.js'

const str = (value: unknown) => (typeof value === 'string' ? value : '')

/** `GET` (list) and `POST` (publish) on `/functions/{name}/versions`: every error is the 500 writer. */
export function createFunctionVersionRoutes(): Hono {
  // An empty name must reach the handlers (gin matches `/functions//versions`), hence `[^/]*`.
  const routes = new Hono()

  routes.get('/:name{[^/]*}/versions', (c) =>
    answer(toBadRequestResponse, () => {
      const ctx = contextOf(c)
      const page = listVersions(ctx, toRequestScope(c, ctx.config.defaultTenant), {
        name: c.req.param('name'),
        pageIndex: c.req.query('pageIndex'),
        pageSize: c.req.query('pageSize'),
      })
      return toJsonResponse(isAdminRequest(c) ? toAdminVersionList(page) : toVersionList(page))
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
      const admin = isAdminRequest(c)
      return toJsonResponse(
        admin
          ? toResultEnvelope(toFunctionGetResponse(record))
          : toUserEnvelope(toUserFunction(record, 'detail')),
      )
    }),
  )

  return routes
}

/** The user shape: `functions` is null on an empty page; paging echoes as strings. */
function toVersionList({ versions, total, page }: VersionPage) {
  return {
    functions: versions.length > 0 ? versions.map(toVersionListItem) : null,
    pageInfo: { pageIndex: String(page.pageIndex), pageSize: String(page.pageSize), total },
  }
}

/** The admin shape: an envelope, `[]` when empty, no paging echo. */
function toAdminVersionList({ versions, total }: VersionPage) {
  return toResultEnvelope({ versions: versions.map((record) => toFunctionVersion(record)), total })
}
