import type { z } from 'zod'
import {
  goAnyField,
  goBoolField,
  goFloat64Field,
  goInt64Field,
  goIntField,
  goMapField,
  goSliceField,
  goStringField,
  goStructSchema,
} from './go-schema.js'

// The request bodies of the real server, field for field as `src/model/request-types.ts` and
// `resources/podpools/pool-types.ts` describe them to the Go decoder (a test keeps them equal).

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

const basicInfoFields = {
  layers: goSliceField(goStringField().unwrap()),
  memory: goInt64Field(),
  cpu: goInt64Field(),
  poolType: goStringField(),
  minInstance: goStringField(),
  maxInstance: goStringField(),
  concurrentNum: goStringField(),
  timeout: goInt64Field(),
  handler: goStringField(),
  kind: goStringField(),
  environment: goMapField(goStringField().unwrap()),
  description: goStringField(),
  storageType: goStringField(),
  codePath: goStringField(),
  cacheInstance: goIntField(),
  hookHandler: goMapField(goStringField().unwrap()),
  extendedHandler: goMapField(goStringField().unwrap()),
  extendedTimeout: goMapField(goIntField().unwrap()),
  customResources: goMapField(goFloat64Field().unwrap()),
  device: goStructSchema('types.Device', {
    model: goStringField(),
    hbm: goFloat64Field(),
    type: goStringField(),
    count: goIntField(),
    latency: goFloat64Field(),
    stream: goIntField(),
  }).optional(),
  s3CodePath: s3CodePath.optional(),
  schedulePolicies: affinitySelectors(),
  resourceAffinitySelectors: affinitySelectors(),
  codeUploadType: goStringField(),
  poolId: goStringField(),
  enableMetrics: goBoolField(),
  priorityAz: goStringField(),
  sandboxType: goStringField(),
  rootfs: goAnyField(),
}

/** `model.FunctionCreateRequest`: the body of `POST /functions`. */
export const functionCreateRequestSchema = goStructSchema('model.FunctionCreateRequest', {
  ...basicInfoFields,
  name: goStringField(),
  runtime: goStringField(),
  reversedConcurrency: goIntField(),
  tags: goMapField(goStringField().unwrap()),
})

/** `model.FunctionUpdateRequest`: the body of `PUT /functions/{name}`. */
export const functionUpdateRequestSchema = goStructSchema('model.FunctionUpdateRequest', {
  ...basicInfoFields,
  revisionId: goStringField(),
})

/** `model.PublishRequest`: the body of `POST /functions/{name}/versions`. */
export const publishRequestSchema = goStructSchema('model.PublishRequest', {
  revisionId: goStringField(),
  versionDesc: goStringField(),
  kind: goStringField(),
  versionNumber: goStringField(),
})

/** `model.CreateReserveInsRequest`: the body of every `/functions/reserve-instance` method. */
export const reserveInstanceRequestSchema = goStructSchema('model.CreateReserveInsRequest', {
  funcName: goStringField(),
  version: goStringField(),
  instanceLabel: goStringField(),
  instanceConfigInfos: goSliceField(
    goStructSchema('model.InstanceConfigInfo', {
      clusterId: goStringField(),
      maxInstance: goInt64Field(),
      minInstance: goInt64Field(),
    }),
  ),
})

const stringMap = () => goMapField(goStringField().unwrap())

/** `model.Pool`, one element of a create body. */
export const podPoolSchema = goStructSchema('model.Pool', {
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
export const podPoolCreateRequestSchema = goStructSchema('model.PodPoolCreateRequest', {
  pools: goSliceField(podPoolSchema),
})

/** `model.PodPoolUpdateRequest`: the body of `PUT /podpools/{id}` (its `id` is replaced by the path's). */
export const podPoolUpdateRequestSchema = goStructSchema('model.PodPoolUpdateRequest', {
  id: goStringField(),
  size: goIntField(),
  max_size: goIntField(),
  horizontal_pod_autoscaler_spec: goStringField(),
})

export type FunctionCreateRequest = z.input<typeof functionCreateRequestSchema>
export type FunctionUpdateRequest = z.input<typeof functionUpdateRequestSchema>
export type PublishRequest = z.input<typeof publishRequestSchema>
export type ReserveInstanceRequest = z.input<typeof reserveInstanceRequestSchema>
export type PodPoolCreateRequest = z.input<typeof podPoolCreateRequestSchema>
export type PodPoolUpdateRequest = z.input<typeof podPoolUpdateRequestSchema>
