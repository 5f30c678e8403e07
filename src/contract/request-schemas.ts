import type { z } from 'zod'
import { lazy } from '../support/lazy.js'
import { extendedMetaDataSchema } from './extended-metadata-schema.js'
import {
  goBoolField,
  goEmbeddingStructSchema,
  goFloat64Field,
  goInt64Field,
  goIntField,
  goMapField,
  goSliceField,
  goStringField,
  goStringSliceField,
  goStructSchema,
} from './go-schema.js'

// The request bodies of the real server, field for field as Go declares them. The Go types the fake's
// decoder imitates are derived from these (`toGoType`): `model/request-types.ts`,
// `resources/reserve-instance/reserve-types.ts`, `resources/podpools/pool-types.ts`.

// Shared instances, as the leaf fields are (`go-schema.ts`).
const stringMap = lazy(() => goMapField(goStringField().unwrap()))

function buildRequestSchemas() {
  const s3CodePath = goStructSchema('model.S3CodePathInfo', {
    bucketId: goStringField(),
    objectId: goStringField(),
    bucketUrl: goStringField(),
    token: goStringField(),
    sha512: goStringField(),
  })

  const affinitySelectors = () =>
    goSliceField(
      goStructSchema('model.ResourceAffinitySelector', { group: goStringField(), priority: goIntField() }),
    )

  /** `types.RootfsSpecMeta`: stored and answered as sent (after `ValidateRootfsSpec`). */
  const rootfsSchema = goStructSchema('types.RootfsSpecMeta', {
    runtime: goStringField(),
    type: goStringField(),
    imageurl: goStringField(),
    user: goStringField(),
    ports: goStringSliceField(),
    path: goStringField(),
    readonly: goBoolField(),
    storageInfo: goStructSchema('types.RootfsStorageInfo', {
      endpoint: goStringField(),
      bucket: goStringField(),
      object: goStringField(),
      accessKey: goStringField(),
      secretKey: goStringField(),
    }).optional(),
    mountpoint: goStringField(),
    mounts: goSliceField(
      goStructSchema('types.RootfsMount', {
        source: goStringField(),
        target: goStringField(),
        readonly: goBoolField(),
      }),
    ),
  })

  /** `model.FunctionBasicInfo`, embedded in create and update, every field in Go's order. */
  const functionBasicInfoSchema = goStructSchema('model.FunctionBasicInfo', {
    layers: goStringSliceField(),
    memory: goInt64Field(),
    cpu: goInt64Field(),
    poolType: goStringField(),
    minInstance: goStringField(),
    maxInstance: goStringField(),
    concurrentNum: goStringField(),
    timeout: goInt64Field(),
    handler: goStringField(),
    kind: goStringField(),
    environment: stringMap(),
    description: goStringField(),
    storageType: goStringField(),
    codePath: goStringField(),
    functionType: goStringField(),
    functionUpdateTime: goStringField(),
    func_name: goStringField(),
    service: goStringField(),
    isBridgeFunction: goBoolField(),
    enable_auth_in_header: goBoolField(),
    cacheInstance: goIntField(),
    hookHandler: stringMap(),
    extendedHandler: stringMap(),
    extendedTimeout: goMapField(goIntField().unwrap()),
    customResources: goMapField(goFloat64Field().unwrap()),
    device: goStructSchema('types.Device', {
      model: goStringField(),
      hbm: goIntField(),
      type: goStringField(),
      count: goIntField(),
      latency: goIntField(),
      stream: goIntField(),
    }).optional(),
    s3CodePath: s3CodePath.optional(),
    schedulePolicies: affinitySelectors(),
    resourceAffinitySelectors: affinitySelectors(),
    codeUploadType: goStringField(),
    poolId: goStringField(),
    enableMetrics: goBoolField(),
    enableAgentSession: goBoolField(),
    enableSessionCtx: goBoolField(),
    idleTime: goInt64Field(),
    warmup: goStringField(),
    rootfs: rootfsSchema.optional(),
    autoScaleConfig: goStructSchema('model.AutoScaleConfig', {
      slaQuota: goIntField(),
      scaleDownTime: goIntField(),
      burstScaleNum: goIntField(),
    }).optional(),
    schedulePolicy: goStringField(),
    scalePolicy: goStringField(),
    priorityAz: goStringField(),
    isFuncPublic: goBoolField(),
    extendedMetaData: extendedMetaDataSchema().optional(),
    sandboxType: goStringField(),
  })

  /** The fields `model.FunctionCreateRequest` declares beside the embedded `FunctionBasicInfo`. */
  const functionCreateOwnFields = {
    name: goStringField(),
    runtime: goStringField(),
    reversedConcurrency: goIntField(),
    tags: stringMap(),
    kind: goStringField(),
  }

  /** The fields `model.FunctionUpdateRequest` declares beside the embedded `FunctionBasicInfo`. */
  const functionUpdateOwnFields = { revisionId: goStringField() }

  /** `model.FunctionCreateRequest`: the body of `POST /functions` (its own `kind` hides the embedded one). */
  const functionCreateRequestSchema = goEmbeddingStructSchema(
    'model.FunctionCreateRequest',
    { FunctionBasicInfo: functionBasicInfoSchema },
    functionCreateOwnFields,
  )

  /** `model.FunctionUpdateRequest`: the body of `PUT /functions/{name}`. */
  const functionUpdateRequestSchema = goEmbeddingStructSchema(
    'model.FunctionUpdateRequest',
    { FunctionBasicInfo: functionBasicInfoSchema },
    functionUpdateOwnFields,
  )

  /** `model.PublishRequest`: the body of `POST /functions/{name}/versions`. */
  const publishRequestSchema = goStructSchema('model.PublishRequest', {
    revisionId: goStringField(),
    versionDesc: goStringField(),
    kind: goStringField(),
    versionNumber: goStringField(),
  })

  /** `model.ReserveInsBaseInfo`, embedded in the create and delete requests (Go names it in messages). */
  const reserveInsBaseInfoSchema = goStructSchema('model.ReserveInsBaseInfo', {
    funcName: goStringField(),
    version: goStringField(),
    instanceLabel: goStringField(),
  })

  /** `model.CreateReserveInsRequest`: the body of `POST` and `PUT /functions/reserve-instance`. */
  const reserveInstanceCreateRequestSchema = goEmbeddingStructSchema(
    'model.CreateReserveInsRequest',
    { ReserveInsBaseInfo: reserveInsBaseInfoSchema },
    {
      instanceConfigInfos: goSliceField(
        goStructSchema('model.InstanceConfig', {
          clusterId: goStringField(),
          maxInstance: goInt64Field(),
          minInstance: goInt64Field(),
        }),
      ),
    },
  )

  /** `model.DeleteReserveInsRequest`: the body of `DELETE /functions/reserve-instance`. */
  const reserveInstanceDeleteRequestSchema = goEmbeddingStructSchema(
    'model.DeleteReserveInsRequest',
    { ReserveInsBaseInfo: reserveInsBaseInfoSchema },
    {},
  )

  /** `model.GetReserveInsRequest`: the body of `GET /functions/reserve-instance` (no label field). */
  const reserveInstanceGetRequestSchema = goStructSchema('model.GetReserveInsRequest', {
    funcName: goStringField(),
    version: goStringField(),
  })

  /** `model.Pool`, one element of a create body. */
  const podPoolSchema = goStructSchema('model.Pool', {
    id: goStringField(),
    group: goStringField(),
    size: goIntField(),
    max_size: goIntField(),
    ready_count: goIntField(),
    status: goIntField(),
    msg: goStringField(),
    image: goStringField(),
    init_image: goStringField(),
    reuse: goBoolField(),
    labels: stringMap(),
    environment: stringMap(),
    resources: goStructSchema('model.Resource', { requests: stringMap(), limits: stringMap() }).optional(),
    volumes: goStringField(),
    volume_mounts: goStringField(),
    affinities: goStringField(),
    runtime_class_name: goStringField(),
    node_selector: stringMap(),
    tolerations: goStringField(),
    horizontal_pod_autoscaler_spec: goStringField(),
    topology_spread_constraints: goStringField(),
    pod_pending_duration_threshold: goIntField(),
    idle_recycle_time: goStructSchema('model.IdleRecyclePolicy', {
      reserved: goIntField(),
      scaled: goIntField(),
    }).optional(),
    scalable: goBoolField(),
  })

  /** `model.PodPoolCreateRequest`: the body of `POST /podpools`. */
  const podPoolCreateRequestSchema = goStructSchema('model.PodPoolCreateRequest', {
    pools: goSliceField(podPoolSchema),
  })

  /** `model.PodPoolUpdateRequest`: the body of `PUT /podpools/{id}` (its `id` is replaced by the path's). */
  const podPoolUpdateRequestSchema = goStructSchema('model.PodPoolUpdateRequest', {
    id: goStringField(),
    size: goIntField(),
    max_size: goIntField(),
    horizontal_pod_autoscaler_spec: goStringField(),
  })
  return {
    rootfsSchema,
    functionBasicInfoSchema,
    functionCreateOwnFields,
    functionUpdateOwnFields,
    functionCreateRequestSchema,
    functionUpdateRequestSchema,
    publishRequestSchema,
    reserveInstanceCreateRequestSchema,
    reserveInstanceDeleteRequestSchema,
    reserveInstanceGetRequestSchema,
    podPoolSchema,
    podPoolCreateRequestSchema,
    podPoolUpdateRequestSchema,
  }
}

/** The request schemas, built on first use (decision 0039). @example requestSchemas().publishRequestSchema */
export const requestSchemas = lazy(buildRequestSchemas)

type RequestSchemas = ReturnType<typeof buildRequestSchemas>

export type FunctionCreateRequest = z.input<RequestSchemas['functionCreateRequestSchema']>
export type FunctionUpdateRequest = z.input<RequestSchemas['functionUpdateRequestSchema']>
export type PublishRequest = z.input<RequestSchemas['publishRequestSchema']>
export type ReserveInstanceCreateRequest = z.input<RequestSchemas['reserveInstanceCreateRequestSchema']>
export type ReserveInstanceDeleteRequest = z.input<RequestSchemas['reserveInstanceDeleteRequestSchema']>
export type ReserveInstanceGetRequest = z.input<RequestSchemas['reserveInstanceGetRequestSchema']>
/** The create body, the one POST and PUT take (kept under its first name). */
export type ReserveInstanceRequest = ReserveInstanceCreateRequest
export type PodPoolCreateRequest = z.input<RequestSchemas['podPoolCreateRequestSchema']>
export type PodPoolUpdateRequest = z.input<RequestSchemas['podPoolUpdateRequestSchema']>
