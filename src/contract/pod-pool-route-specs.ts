import { E } from './error-cases.js'
import { requestSchemas } from './request-schemas.js'
import {
  podPoolCreateResponseSchema,
  podPoolEmptyResponseSchema,
  podPoolListResponseSchema,
} from './response-schemas.js'
import { jsonError, ok, type RouteSpec } from './route-spec.js'

// Only the OpenAPI documents read this module, and they import it on first use (decision 0039).
const { podPoolCreateRequestSchema, podPoolUpdateRequestSchema } = requestSchemas()

/** `/podpools`: only under `/serverless/v1` (the frontend does not forward it); global, no tenant. */
export const POD_POOL_ROUTES: readonly RouteSpec[] = [
  {
    method: 'post',
    path: '/podpools',
    operationId: 'createPodPools',
    tag: 'podpools',
    summary: 'Create pod pools (each valid pool is kept; failures are joined into one 4104)',
    request: podPoolCreateRequestSchema,
    answers: [
      ok('`failed_pools` is always null.', podPoolCreateResponseSchema),
      jsonError(500, 'Every error.', [E.bodyDecode, E.invalidParam]),
    ],
  },
  {
    method: 'get',
    path: '/podpools',
    operationId: 'listPodPools',
    tag: 'podpools',
    summary: 'List pod pools',
    query: [
      { name: 'id', description: 'One pool id.' },
      { name: 'group', description: 'One group.' },
      { name: 'limit', description: 'Parsed with `strconv.Atoi`.' },
      { name: 'offset', description: 'Parsed with `strconv.Atoi`.' },
    ],
    answers: [
      ok('`pools` is null when nothing matches.', podPoolListResponseSchema),
      jsonError(500, '`limit` or `offset` is not a number.', [E.invalidParam]),
    ],
    drops: 'An offset or limit Go would slice out of range panics: the connection closes.',
  },
  {
    method: 'delete',
    path: '/podpools',
    operationId: 'deletePodPools',
    tag: 'podpools',
    summary: 'Mark pod pools deleted, by id or group',
    query: [
      { name: 'id', description: 'One pool id.' },
      { name: 'group', description: 'One group.' },
    ],
    answers: [
      ok('A null result.', podPoolEmptyResponseSchema),
      jsonError(404, 'No such pool.', [E.poolNotFound]),
      jsonError(500, 'Neither id nor group; etcd is down.', [E.invalidParam, E.etcdDown]),
    ],
  },
  {
    method: 'put',
    path: '/podpools/{id}',
    operationId: 'updatePodPool',
    tag: 'podpools',
    summary: 'Update the size, max size or autoscaler spec of a pod pool',
    request: podPoolUpdateRequestSchema,
    answers: [
      ok('A null result.', podPoolEmptyResponseSchema),
      jsonError(404, 'No such pool.', [E.poolNotFound]),
      jsonError(500, 'Every other error.', [E.bodyDecode, E.invalidParam, E.etcdDown]),
    ],
  },
]
