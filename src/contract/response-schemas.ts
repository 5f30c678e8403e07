import { z } from '../support/zod.js'
import { functionSchemas } from './function-schemas.js'

// Only the OpenAPI documents read this module, and they import it on first use (decision 0039).
const { functionGetResponseSchema, functionVersionSchema, userFunctionSchema, versionListItemSchema } =
  functionSchemas()

/** Every error body: the real server's business code and its message. */
export const errorBodySchema = z
  .strictObject({ code: z.int(), message: z.string() })
  .meta({ id: 'ErrorBody' })

/** The frontend's own error body on `/admin/v1` (`forwardToMetaService`): a message, no code. */
export const frontendErrorSchema = z
  .strictObject({ message: z.literal('failed to access meta service') })
  .meta({ id: 'FrontendError' })

/** The frontend's 500 on `/admin/v1` when it cannot build the forwarded URL (`http.NewRequest` fails). */
export const frontendForwardErrorSchema = z
  .strictObject({ message: z.literal('failed to create forward request') })
  .meta({ id: 'FrontendForwardError' })

/** `repoutils.WriteResponse`: the admin envelope, and every answer of update and of the lists. */
function resultEnvelope<T extends z.ZodType>(result: T) {
  return z.strictObject({ code: z.literal(0), message: z.literal(''), result })
}

/** The function shapes of one release (`function-schemas.ts`; older ones: `release-response-schemas.ts`). */
export interface FunctionShapeSchemas<
  V extends z.ZodObject = z.ZodObject,
  G extends z.ZodObject = z.ZodObject,
  U extends z.ZodObject = z.ZodObject,
  L extends z.ZodObject = z.ZodObject,
> {
  readonly functionVersion: V
  readonly functionGetResponse: G
  readonly userFunction: U
  readonly versionListItem: L
}

/**
 * The answers of the function routes, built on one release's shapes: every release wraps its
 * shapes in the same envelopes, under the same component names.
 */
export function toFunctionAnswerSchemas<
  V extends z.ZodObject,
  G extends z.ZodObject,
  U extends z.ZodObject,
  L extends z.ZodObject,
>(shapes: FunctionShapeSchemas<V, G, U, L>) {
  const adminCreateEnvelope = resultEnvelope(shapes.functionVersion).meta({
    id: 'AdminFunctionVersionEnvelope',
  })
  return {
    /** `successJSONBodyForUser`: the non-admin answer of create, get and publish. */
    userFunctionEnvelope: z
      .strictObject({ code: z.literal(0), message: z.literal('SUCCESS'), function: shapes.userFunction })
      .meta({ id: 'UserFunctionEnvelope' }),
    /** The admin answer of create (`?isAdmin=…`): the list-style `FunctionVersion`. */
    adminCreateEnvelope,
    /** The admin answer of get and publish: the detail-style `FunctionGetResponse`. */
    adminDetailEnvelope: resultEnvelope(shapes.functionGetResponse).meta({
      id: 'AdminFunctionDetailEnvelope',
    }),
    /** `PUT /functions/{name}`: the updated `$latest` in the result envelope, admin or not. */
    functionUpdateResponse: adminCreateEnvelope,
    /** `GET /functions`: `functions` is null when the page is empty. */
    functionListResponse: resultEnvelope(
      z.strictObject({ functions: z.array(shapes.functionVersion).nullable(), total: z.int() }),
    ).meta({ id: 'FunctionListResponse' }),
    /** `GET /functions/{name}/versions`: no envelope; `functions` null on an empty page; paging echoed as strings. */
    versionListResponse: z
      .strictObject({
        functions: z.array(shapes.versionListItem).nullable(),
        pageInfo: z.strictObject({
          pageIndex: z.string().meta({ description: 'A decimal number, written as a JSON string.' }),
          pageSize: z.string().meta({ description: 'A decimal number, written as a JSON string.' }),
          total: z.int(),
        }),
      })
      .meta({ id: 'VersionListResponse' }),
    /** `GET /functions/{name}/versions?isAdmin=…`: the envelope, `[]` when empty, no paging echo. */
    adminVersionListResponse: resultEnvelope(
      z.strictObject({ versions: z.array(shapes.functionVersion), total: z.int() }),
    ).meta({ id: 'AdminVersionListResponse' }),
  }
}

/** The newest release's function shapes. */
export const FUNCTION_SHAPE_SCHEMAS = {
  functionVersion: functionVersionSchema,
  functionGetResponse: functionGetResponseSchema,
  userFunction: userFunctionSchema,
  versionListItem: versionListItemSchema,
} satisfies FunctionShapeSchemas

/** The function routes' answers of the newest release. */
export const FUNCTION_ANSWER_SCHEMAS = toFunctionAnswerSchemas(FUNCTION_SHAPE_SCHEMAS)

export const userFunctionEnvelopeSchema = FUNCTION_ANSWER_SCHEMAS.userFunctionEnvelope
export const adminCreateEnvelopeSchema = FUNCTION_ANSWER_SCHEMAS.adminCreateEnvelope
export const adminDetailEnvelopeSchema = FUNCTION_ANSWER_SCHEMAS.adminDetailEnvelope
export const functionUpdateResponseSchema = FUNCTION_ANSWER_SCHEMAS.functionUpdateResponse
export const functionListResponseSchema = FUNCTION_ANSWER_SCHEMAS.functionListResponse
export const versionListResponseSchema = FUNCTION_ANSWER_SCHEMAS.versionListResponse
export const adminVersionListResponseSchema = FUNCTION_ANSWER_SCHEMAS.adminVersionListResponse

/** `DELETE /functions/{name}`: an empty object. */
export const functionDeleteResponseSchema = z.strictObject({}).meta({ id: 'FunctionDeleteResponse' })

export const instanceConfigSchema = z
  .strictObject({ clusterId: z.string(), maxInstance: z.int(), minInstance: z.int() })
  .meta({ id: 'InstanceConfig' })

/** `POST` and `PUT /functions/reserve-instance`: the saved label, no `result` key. */
export const reserveInstanceSaveResponseSchema = z
  .strictObject({
    code: z.literal(0),
    message: z.literal(''),
    instanceConfigInfos: z
      .array(instanceConfigSchema)
      .nullable()
      .meta({ description: 'null when the body sent none (a nil Go slice).' }),
    reserveInsBaseInfo: z.strictObject({
      funcName: z.string(),
      version: z.string(),
      instanceLabel: z.string(),
    }),
  })
  .meta({ id: 'ReserveInstanceSaveResponse' })

/** `DELETE /functions/reserve-instance`. */
export const reserveInstanceDeleteResponseSchema = z
  .strictObject({ code: z.literal(0), message: z.literal('') })
  .meta({ id: 'ReserveInstanceDeleteResponse' })

/** `GET /functions/reserve-instance`: no code, no message. */
export const reserveInstanceListResponseSchema = z
  .strictObject({
    total: z.int(),
    results: z.array(
      z.strictObject({ instanceLabel: z.string(), instanceConfigInfos: z.array(instanceConfigSchema) }),
    ),
  })
  .meta({ id: 'ReserveInstanceListResponse' })

const nullableStringMap = z.record(z.string(), z.string()).nullable()

/** `model.Pool` as the list answers it, every field present. */
export const podPoolSchema = z
  .strictObject({
    id: z.string(),
    group: z.string(),
    size: z.int(),
    max_size: z.int(),
    ready_count: z.int(),
    status: z.int().meta({ description: '0 new, 2 update, 6 deleted (`constants` iota).' }),
    msg: z.string(),
    image: z.string(),
    init_image: z.string(),
    reuse: z.boolean(),
    labels: nullableStringMap,
    environment: nullableStringMap,
    resources: z.strictObject({ requests: nullableStringMap, limits: nullableStringMap }),
    volumes: z.string(),
    volume_mounts: z.string(),
    affinities: z.string(),
    runtime_class_name: z.string(),
    node_selector: nullableStringMap,
    tolerations: z.string(),
    horizontal_pod_autoscaler_spec: z.string(),
    topology_spread_constraints: z.string(),
    pod_pending_duration_threshold: z.int(),
    idle_recycle_time: z.strictObject({ reserved: z.int(), scaled: z.int() }),
    scalable: z.boolean(),
  })
  .meta({ id: 'PodPool' })

/** `POST /podpools`: failures are an error answer, so `failed_pools` is always null. */
export const podPoolCreateResponseSchema = resultEnvelope(z.strictObject({ failed_pools: z.null() })).meta({
  id: 'PodPoolCreateResponse',
})

/** `GET /podpools`: `pools` is null when nothing matches. */
export const podPoolListResponseSchema = resultEnvelope(
  z.strictObject({ count: z.int(), pools: z.array(podPoolSchema).nullable() }),
).meta({ id: 'PodPoolListResponse' })

/** `DELETE /podpools` and `PUT /podpools/{id}`: a null result. */
export const podPoolEmptyResponseSchema = resultEnvelope(z.null()).meta({ id: 'PodPoolEmptyResponse' })

export type ErrorBody = z.infer<typeof errorBodySchema>
export type FrontendError = z.infer<typeof frontendErrorSchema>
export type UserFunctionEnvelope = z.infer<typeof userFunctionEnvelopeSchema>
export type AdminFunctionVersionEnvelope = z.infer<typeof adminCreateEnvelopeSchema>
export type AdminFunctionDetailEnvelope = z.infer<typeof adminDetailEnvelopeSchema>
export type FunctionCreateResponse = UserFunctionEnvelope | AdminFunctionVersionEnvelope
export type FunctionGetResponseBody = UserFunctionEnvelope | AdminFunctionDetailEnvelope
export type PublishResponse = UserFunctionEnvelope | AdminFunctionDetailEnvelope
export type FunctionUpdateResponse = z.infer<typeof functionUpdateResponseSchema>
export type FunctionListResponse = z.infer<typeof functionListResponseSchema>
export type FunctionDeleteResponse = z.infer<typeof functionDeleteResponseSchema>
export type VersionListResponse = z.infer<typeof versionListResponseSchema>
export type AdminVersionListResponse = z.infer<typeof adminVersionListResponseSchema>
export type ReserveInstanceSaveResponse = z.infer<typeof reserveInstanceSaveResponseSchema>
export type ReserveInstanceDeleteResponse = z.infer<typeof reserveInstanceDeleteResponseSchema>
export type ReserveInstanceListResponse = z.infer<typeof reserveInstanceListResponseSchema>
export type PodPool = z.infer<typeof podPoolSchema>
export type PodPoolCreateResponse = z.infer<typeof podPoolCreateResponseSchema>
export type PodPoolListResponse = z.infer<typeof podPoolListResponseSchema>
export type PodPoolEmptyResponse = z.infer<typeof podPoolEmptyResponseSchema>

/** Every schema with an id of its own, nested ones first: each becomes one component. */
export const NAMED_RESPONSE_SCHEMAS: readonly z.ZodType[] = [
  functionVersionSchema,
  functionGetResponseSchema,
  userFunctionSchema,
  versionListItemSchema,
  instanceConfigSchema,
  podPoolSchema,
  errorBodySchema,
  frontendErrorSchema,
  frontendForwardErrorSchema,
]
