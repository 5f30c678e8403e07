import { E } from './error-cases.js'
import { requestSchemas } from './request-schemas.js'
import {
  adminCreateEnvelopeSchema,
  adminDetailEnvelopeSchema,
  adminVersionListResponseSchema,
  functionDeleteResponseSchema,
  functionListResponseSchema,
  functionUpdateResponseSchema,
  reserveInstanceDeleteResponseSchema,
  reserveInstanceListResponseSchema,
  reserveInstanceSaveResponseSchema,
  userFunctionEnvelopeSchema,
  versionListResponseSchema,
} from './response-schemas.js'

import { error500, jsonError, ok, type QueryParam, type RouteAnswer, type RouteSpec } from './route-spec.js'

// Only the OpenAPI documents read this module, and they import it on first use (decision 0039).
const {
  functionCreateRequestSchema,
  functionUpdateRequestSchema,
  publishRequestSchema,
  reserveInstanceCreateRequestSchema,
  reserveInstanceDeleteRequestSchema,
  reserveInstanceGetRequestSchema,
} = requestSchemas()

// The route tables are split by resource (files of at most 300 lines); this module still gives both
export { POD_POOL_ROUTES } from './pod-pool-route-specs.js'
export type { AnswerType, QueryParam, RouteAnswer, RouteSpec } from './route-spec.js'

const IS_ADMIN: QueryParam = {
  name: 'isAdmin',
  description: 'Any non-empty value asks for the admin shapes (the result envelope).',
}
const QUALIFIER: QueryParam = { name: 'qualifier', description: 'A version or alias.' }
const VERSION_NUMBER: QueryParam = { name: 'versionNumber', description: 'A version number.' }
const KIND: QueryParam = { name: 'kind', description: 'The function kind (`faas` reads `latest`).' }
const PAGE_INDEX: QueryParam = { name: 'pageIndex', description: 'From 1; parsed as a Go int.' }
const PAGE_SIZE: QueryParam = { name: 'pageSize', description: 'Parsed as a Go int; 0 is an error.' }

const RESERVE_ERRORS: RouteAnswer[] = [
  jsonError(400, 'The body does not decode, or fails validation.', [E.bodyDecode, E.invalidParam]),
  jsonError(404, 'No such FaaS function version.', [E.notFound]),
  jsonError(500, 'Clusters, instance bounds or label count are wrong; etcd is down.', [
    E.invalidParam,
    E.etcdDown,
  ]),
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
        E.etcdDeadline,
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
      jsonError(500, 'A store error (etcd down too), or a layer the version refers to is not in etcd.', [
        E.layerNotFound,
        E.kvNotFound,
        E.etcdDown,
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
        E.etcdDown,
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
        'No such version of an existing function, an alias routes to the version, a trigger another writer stored does not decode, or etcd is down.',
        [E.versionOccupied, E.kvNotFound, E.unmarshal, E.etcdDown],
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
      error500('Every error.', [E.invalidParam, E.pageSizeZero, E.invalidUrn, E.invalidName, E.etcdDown]),
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
        E.etcdVersionCount,
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
