import type { z } from 'zod'
import { E, type ErrorCase } from './error-cases.js'
import {
  functionCreateRequestSchema,
  functionUpdateRequestSchema,
  podPoolCreateRequestSchema,
  podPoolUpdateRequestSchema,
  publishRequestSchema,
  reserveInstanceCreateRequestSchema,
  reserveInstanceDeleteRequestSchema,
  reserveInstanceGetRequestSchema,
} from './request-schemas.js'
import {
  adminCreateEnvelopeSchema,
  adminDetailEnvelopeSchema,
  adminVersionListResponseSchema,
  functionDeleteResponseSchema,
  functionListResponseSchema,
  functionUpdateResponseSchema,
  podPoolCreateResponseSchema,
  podPoolEmptyResponseSchema,
  podPoolListResponseSchema,
  reserveInstanceDeleteResponseSchema,
  reserveInstanceListResponseSchema,
  reserveInstanceSaveResponseSchema,
  userFunctionEnvelopeSchema,
  versionListResponseSchema,
} from './response-schemas.js'

/**
 * How an answer's `Content-Type` reads: gin's JSON type; present but empty (`repoutils.BadRequest`,
 * the "500 writer", and `/healthz`); or, where one status has both writers, either (by code).
 */
export type AnswerType = 'json' | 'empty-content-type' | 'either-content-type'

/** One status a route answers with. */
export interface RouteAnswer {
  readonly status: number
  readonly type: AnswerType
  readonly description: string
  /** The body: one schema, or several the caller's query picks from (`isAdmin`). */
  readonly bodies?: readonly z.ZodType[]
  /** Error answers: the codes this status carries. */
  readonly errors?: readonly ErrorCase[]
}

export interface QueryParam {
  readonly name: string
  readonly description: string
}

/** One route of the real server. */
export interface RouteSpec {
  readonly method: 'get' | 'post' | 'put' | 'delete'
  /** Below the prefix, e.g. `/functions/{functionName}`. */
  readonly path: string
  readonly operationId: string
  readonly tag: string
  readonly summary: string
  readonly description?: string
  readonly query?: readonly QueryParam[]
  readonly request?: z.ZodType
  readonly answers: readonly RouteAnswer[]
  /** gin routes an empty path parameter here (`/functions//versions`). */
  readonly emptyPathParameter?: boolean
  /** Requests on which the real server panics: the connection closes with no answer. */
  readonly drops?: string
}

const IS_ADMIN: QueryParam = {
  name: 'isAdmin',
  description: 'Any non-empty value asks for the admin shapes (the result envelope).',
}
const QUALIFIER: QueryParam = { name: 'qualifier', description: 'A version or alias.' }
const VERSION_NUMBER: QueryParam = { name: 'versionNumber', description: 'A version number.' }
const KIND: QueryParam = { name: 'kind', description: 'The function kind (`faas` reads `latest`).' }
const PAGE_INDEX: QueryParam = { name: 'pageIndex', description: 'From 1; parsed as a Go int.' }
const PAGE_SIZE: QueryParam = { name: 'pageSize', description: 'Parsed as a Go int; 0 is an error.' }

const error500 = (description: string, errors: readonly ErrorCase[]): RouteAnswer => ({
  status: 500,
  type: 'empty-content-type',
  description: `${description} The 500 writer (\`repoutils.BadRequest\`): HTTP 500 with a Content-Type header that is present but empty; the body is still JSON.`,
  errors,
})
const jsonError = (status: number, description: string, errors: readonly ErrorCase[]): RouteAnswer => ({
  status,
  type: 'json',
  description,
  errors,
})
const ok = (description: string, ...bodies: z.ZodType[]): RouteAnswer => ({
  status: 200,
  type: 'json',
  description,
  bodies,
})

const RESERVE_ERRORS: RouteAnswer[] = [
  jsonError(400, 'The body does not decode, or fails validation.', [E.bodyDecode, E.invalidParam]),
  jsonError(404, 'No such FaaS function version.', [E.notFound]),
  jsonError(500, 'Clusters, instance bounds or label count are wrong.', [E.invalidParam]),
]

/** The function routes, served under `/serverless/v1` and (through the frontend) `/admin/v1`. */
export const FUNCTION_ROUTES: readonly RouteSpec[] = [
  {
    method: 'post',
    path: '/functions',
    operationId: 'createFunction',
    tag: 'functions',
    summary: 'Create a function (its `$latest`, or `latest` for kind `faas`)',
    query: [IS_ADMIN],
    request: functionCreateRequestSchema,
    answers: [
      ok(
        'The user envelope, or with `isAdmin` the list-style `FunctionVersion` in the result envelope.',
        userFunctionEnvelopeSchema,
        adminCreateEnvelopeSchema,
      ),
      jsonError(400, 'The body does not decode, or a field fails validation.', [
        E.bodyDecode,
        E.invalidParam,
      ]),
      error500('The name exists, a layer URN is invalid, or a layer does not exist.', [
        E.nameExists,
        E.invalidLayerUrn,
        E.invalidParam,
        E.kvNotFound,
      ]),
    ],
  },
  {
    method: 'get',
    path: '/functions',
    operationId: 'listFunctions',
    tag: 'functions',
    summary: 'List function versions of the tenant (every version, newest write first)',
    query: [
      { name: 'name', description: 'Keeps names that contain it.' },
      VERSION_NUMBER,
      QUALIFIER,
      PAGE_INDEX,
      PAGE_SIZE,
    ],
    answers: [
      ok('`functions` is null when the page is empty.', functionListResponseSchema),
      error500('Paging is invalid.', [E.pageSizeZero, E.invalidParam]),
    ],
    drops: 'A page whose bounds Go would slice out of range (a negative page) panics: the connection closes.',
  },
  {
    method: 'get',
    path: '/functions/{functionName}',
    operationId: 'getFunction',
    tag: 'functions',
    summary: 'Get one version of a function (`$latest` unless a qualifier or version says otherwise)',
    query: [QUALIFIER, VERSION_NUMBER, KIND, IS_ADMIN],
    answers: [
      ok(
        'The user envelope, or with `isAdmin` the detail-style `FunctionGetResponse` in the result envelope.',
        userFunctionEnvelopeSchema,
        adminDetailEnvelopeSchema,
      ),
      jsonError(404, 'No such function or version.', [E.notFound]),
      jsonError(500, 'A store error, or a layer the version refers to is not in etcd.', [
        E.layerNotFound,
        E.kvNotFound,
      ]),
      error500('The name, URN or qualifier is invalid.', [
        E.invalidParam,
        E.invalidUrn,
        E.invalidQualifier,
        E.invalidName,
      ]),
    ],
  },
  {
    method: 'put',
    path: '/functions/{functionName}',
    operationId: 'updateFunction',
    tag: 'functions',
    summary: "Update a function's `$latest` (the body's `revisionId` must be the current one)",
    request: functionUpdateRequestSchema,
    answers: [
      ok('The updated `$latest` in the result envelope, admin or not.', functionUpdateResponseSchema),
      error500('Every error, not-found included.', [
        E.bodyDecode,
        E.invalidParam,
        E.notFound,
        E.revisionMismatch,
        E.invalidLayerUrn,
        E.invalidUrn,
        E.invalidQualifier,
        E.invalidName,
        E.kvNotFound,
      ]),
    ],
  },
  {
    method: 'delete',
    path: '/functions/{functionName}',
    operationId: 'deleteFunction',
    tag: 'functions',
    summary: 'Delete a function, or one version of it',
    query: [QUALIFIER, VERSION_NUMBER],
    answers: [
      ok('An empty object.', functionDeleteResponseSchema),
      jsonError(400, 'The name, URN or qualifier is invalid.', [
        E.invalidParam,
        E.invalidUrn,
        E.invalidQualifier,
        E.invalidName,
      ]),
      jsonError(404, 'No such function.', [E.notFound]),
      jsonError(
        500,
        'No such version of an existing function, an alias routes to the version, or a trigger another writer stored does not decode.',
        [E.versionOccupied, E.kvNotFound, E.unmarshal],
      ),
    ],
  },
  {
    method: 'get',
    path: '/functions/{functionName}/versions',
    operationId: 'listVersions',
    tag: 'versions',
    summary: "List a function's versions",
    description: 'The name may be empty (`/functions//versions`): gin routes it here.',
    emptyPathParameter: true,
    query: [PAGE_INDEX, PAGE_SIZE, IS_ADMIN],
    answers: [
      ok(
        'No envelope: `functions` is null on an empty page and `pageInfo` echoes the paging as strings. With `isAdmin`: the result envelope, `versions` `[]` when empty.',
        versionListResponseSchema,
        adminVersionListResponseSchema,
      ),
      error500('Every error.', [E.invalidParam, E.pageSizeZero, E.invalidUrn, E.invalidName]),
    ],
    drops: 'A page whose bounds Go would slice out of range panics: the connection closes.',
  },
  {
    method: 'post',
    path: '/functions/{functionName}/versions',
    operationId: 'publishVersion',
    tag: 'versions',
    summary: 'Publish `$latest` as a new version',
    description: 'The name may be empty (`/functions//versions`): gin routes it here (and answers 4104).',
    emptyPathParameter: true,
    query: [IS_ADMIN],
    request: publishRequestSchema,
    answers: [
      ok(
        'The user envelope, or with `isAdmin` the detail-style `FunctionGetResponse` in the result envelope.',
        userFunctionEnvelopeSchema,
        adminDetailEnvelopeSchema,
      ),
      error500('Every error.', [
        E.bodyDecode,
        E.invalidParam,
        E.versionLimit,
        E.duplicateVersion,
        E.publishNoLatest,
        E.notFound,
        E.publishRevision,
        E.layerNotFound,
        E.invalidUrn,
        E.invalidName,
        E.kvNotFound,
      ]),
    ],
  },
  ...(['post', 'put'] as const).map(
    (method): RouteSpec => ({
      method,
      path: '/functions/reserve-instance',
      operationId: `${method === 'post' ? 'create' : 'update'}ReservedInstances`,
      tag: 'reserve-instance',
      summary: `${method === 'post' ? 'Create' : 'Replace'} a label's reserved instances of a FaaS version`,
      request: reserveInstanceCreateRequestSchema,
      answers: [ok('The saved label.', reserveInstanceSaveResponseSchema), ...RESERVE_ERRORS],
    }),
  ),
  {
    method: 'delete',
    path: '/functions/reserve-instance',
    operationId: 'deleteReservedInstances',
    tag: 'reserve-instance',
    summary: 'Delete one label, or every label when none is given (the body is read on DELETE)',
    request: reserveInstanceDeleteRequestSchema,
    answers: [ok('Code and message only.', reserveInstanceDeleteResponseSchema), ...RESERVE_ERRORS],
  },
  {
    method: 'get',
    path: '/functions/reserve-instance',
    operationId: 'listReservedInstances',
    tag: 'reserve-instance',
    summary: "List a FaaS version's labels (the body is read on GET)",
    request: reserveInstanceGetRequestSchema,
    answers: [ok('No code, no message.', reserveInstanceListResponseSchema), ...RESERVE_ERRORS],
  },
]

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
      jsonError(500, 'Neither id nor group.', [E.invalidParam]),
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
      jsonError(500, 'Every other error.', [E.bodyDecode, E.invalidParam]),
    ],
  },
]
