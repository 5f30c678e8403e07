import { bindJson } from '../../domain/bind-json.js'
import { metaErrors } from '../../domain/meta-error.js'
import { parseFunctionRef } from '../../domain/parse-function-ref.js'
import { toResultEnvelope } from '../../http/envelopes.js'
import { withErrorWriter } from '../../http/error-writers.js'
import { goQuery } from '../../http/go-query.js'
import { isAdminRequest } from '../../http/request-scope.js'
import { createRouteModule, ctxOf, readBody, requestState, scopeOf } from '../../http/route-env.js'
import { requestTypes } from '../../model/request-types.js'
import { toBadRequest500, toJsonResponse, toJsonTextResponse } from '../../wire/gin-responses.js'
import { toFunctionAnswer } from '../functions/function-answer.js'
import { type FunctionRelease, toFunctionRelease } from '../functions/function-releases.js'
import { toFunctionVersion } from '../functions/function-shapes.js'
import { withLayerUrns } from '../functions/get-function.js'
import { asListedFromKey } from '../functions/nested-shapes.js'
import { listVersions, type VersionPage } from './list-versions.js'
import { publishVersion } from './publish-version.js'
import { toVersionListJson } from './version-list-json.js'

const str = (value: unknown) => (typeof value === 'string' ? value : '')

/** `GET` (list) and `POST` (publish) on `/functions/{name}/versions`: every error is the 500 writer. */
export function createVersionRoutes() {
  // An empty name must reach the handlers (gin matches `/functions//versions`), hence `[^/]*`.
  return createRouteModule()
    .get('/:name{[^/]*}/versions', (c) =>
      withErrorWriter(toBadRequest500, () => {
        const ctx = ctxOf(c)
        const release = toFunctionRelease(ctx)
        const page = listVersions(ctx, scopeOf(c), {
          name: c.req.param('name'),
          pageIndex: goQuery(c, 'pageIndex'),
          pageSize: goQuery(c, 'pageSize'),
        })
        return isAdminRequest(c)
          ? toJsonResponse(toAdminVersionList(page, release))
          : toJsonTextResponse(toVersionListJson(page, release))
      }),
    )
    .post('/:name{[^/]*}/versions', (c) =>
      withErrorWriter(toBadRequest500, async () => {
        const { ctx, scope } = requestState(c)
        const release = toFunctionRelease(ctx)
        if (c.req.param('name') === '') throw metaErrors.invalidUserParam('empty function name')
        const body = bindJson(readBody(c), requestTypes().publish)
        const { name } = parseFunctionRef(c.req.param('name'), '', scope, release.serverVersion)
        const record = await publishVersion(ctx, scope, name, {
          revisionId: str(body.revisionId),
          versionNumber: str(body.versionNumber),
          versionDesc: str(body.versionDesc),
          kind: str(body.kind),
        })
        // built after the commit, as the real server does: a layer it cannot show fails the answer only
        const shown = withLayerUrns(ctx, scope, record)
        return toJsonResponse(toFunctionAnswer(shown, 'publish', isAdminRequest(c), release))
      }),
    )
}

/** The admin shape: an envelope, `[]` when empty, no paging echo. */
function toAdminVersionList({ versions, total }: VersionPage, release: FunctionRelease) {
  const shown = versions.map((record) => toFunctionVersion(asListedFromKey(record), 'list', release))
  return toResultEnvelope({ versions: shown, total })
}
