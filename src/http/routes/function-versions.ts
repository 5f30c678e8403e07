import { Hono } from 'hono'
import type { MetaEngine } from '../../engine/meta-engine.js'
import { toFunctionVersion } from '../../present/to-function-version.js'
import { toVersionListItem } from '../../present/to-version-list-item.js'
import { listVersions, type VersionPage } from '../../service/list-versions.js'
import { answer } from '../answer.js'
import { isAdminRequest, toRequestScope } from '../request-scope.js'
import { toBadRequestResponse, toJsonResponse } from '../responses.js'

/** `GET /functions/{name}/versions`: every error goes through the always-500 writer. */
export function createFunctionVersionRoutes(engine: MetaEngine): Hono {
  // An empty name must reach the handler (gin matches `/functions//versions`), hence `[^/]*`.
  return new Hono().get('/:name{[^/]*}/versions', (c) =>
    answer(toBadRequestResponse, () => {
      const ctx = engine.context
      const page = listVersions(ctx, toRequestScope(c, ctx.config.defaultTenant), {
        name: c.req.param('name'),
        pageIndex: c.req.query('pageIndex'),
        pageSize: c.req.query('pageSize'),
      })
      return toJsonResponse(isAdminRequest(c) ? toAdminVersionList(page) : toVersionList(page))
    }),
  )
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
  return { code: 0, message: '', result: { versions: versions.map(toFunctionVersion), total } }
}
