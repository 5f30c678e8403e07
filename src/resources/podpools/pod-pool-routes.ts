import { bindJson } from '../../domain/bind-json.js'
import type { MetaError } from '../../domain/meta-error.js'
import { toResultEnvelope } from '../../http/envelopes.js'
import { withErrorWriter } from '../../http/error-writers.js'
import { createRouteModule, ctxOf, type RouteContext, readBody } from '../../http/route-env.js'
import { toJsonResponse } from '../../wire/gin-responses.js'
import { createPools } from './create-pools.js'
import { deletePools } from './delete-pools.js'
import { listPools } from './list-pools.js'
import { toPools, toPoolUpdate } from './pool-body.js'
import { POOL_NOT_FOUND } from './pool-errors.js'
import { toPoolJson } from './pool-json.js'
import { podPoolCreateRequestType, podPoolUpdateRequestType } from './pool-types.js'
import { updatePool } from './update-pool.js'

/** `handlePoolErrResp`: every error is JSON and 500, except a missing pool (4120), which is 404. */
function toPoolError(error: MetaError): Response {
  const status = error.code === POOL_NOT_FOUND ? 404 : 500
  return toJsonResponse({ code: error.code, message: error.message }, status)
}

const query = (c: RouteContext, key: string) => c.req.query(key) ?? ''

/**
 * `/podpools` (`router/podpool.go`): POST creates, GET lists, DELETE marks deleted, `PUT /{id}`
 * updates. Pools are global: the tenant headers change nothing.
 */
export function createPodPoolRoutes() {
  return createRouteModule()
    .post('/', (c) =>
      withErrorWriter(toPoolError, async () => {
        const pools = toPools(bindJson(readBody(c), podPoolCreateRequestType()))
        return toJsonResponse(toResultEnvelope(await createPools(ctxOf(c), pools)))
      }),
    )
    .get('/', (c) =>
      withErrorWriter(toPoolError, () => {
        const page = listPools(ctxOf(c), {
          id: query(c, 'id'),
          group: query(c, 'group'),
          limit: c.req.query('limit'),
          offset: c.req.query('offset'),
        })
        const pools = page.pools === null ? null : page.pools.map(toPoolJson)
        return toJsonResponse(toResultEnvelope({ count: page.count, pools }))
      }),
    )
    .delete('/', (c) =>
      withErrorWriter(toPoolError, async () => {
        await deletePools(ctxOf(c), query(c, 'id'), query(c, 'group'))
        return toJsonResponse(toResultEnvelope(null))
      }),
    )
    .put('/:id', (c) =>
      withErrorWriter(toPoolError, async () => {
        const update = toPoolUpdate(bindJson(readBody(c), podPoolUpdateRequestType()))
        await updatePool(ctxOf(c), c.req.param('id'), update)
        return toJsonResponse(toResultEnvelope(null))
      }),
    )
}
