import { goBool, goFloat64, goInt, goInt64, goMapOf, goSliceOf, goString, goStruct } from '../go/go-type.js'
import { extendedMetaDataType } from './extended-metadata-type.js'

/** `model.S3CodePathInfo`. */
const s3CodePath = goStruct('model.S3CodePathInfo', {
  bucketId: goString,
  objectId: goString,
  bucketUrl: goString,
  token: goString,
  sha512: goString,
})

const affinitySelectors = goSliceOf(
  goStruct('model.ResourceAffinitySelector', { group: goString, priority: goInt }),
)

/** `types.RootfsSpecMeta`: stored and answered as sent (after `ValidateRootfsSpec`). */
export const rootfsType = goStruct('types.RootfsSpecMeta', {
  runtime: goString,
  type: goString,
  imageurl: goString,
  user: goString,
  ports: goSliceOf(goString),
  path: goString,
  readonly: goBool,
  storageInfo: goStruct('types.RootfsStorageInfo', {
    endpoint: goString,
    bucket: goString,
    object: goString,
    accessKey: goString,
    secretKey: goString,
  }),
  mountpoint: goString,
  mounts: goSliceOf(goStruct('types.RootfsMount', { source: goString, target: goString, readonly: goBool })),
})

/** `model.FunctionBasicInfo`, embedded in create and update, every field in Go's order. */
const functionBasicInfo = goStruct('model.FunctionBasicInfo', {
  layers: goSliceOf(goString),
  memory: goInt64,
  cpu: goInt64,
  poolType: goString,
  minInstance: goString,
  maxInstance: goString,
  concurrentNum: goString,
  timeout: goInt64,
  handler: goString,
  kind: goString,
  environment: goMapOf(goString),
  description: goString,
  storageType: goString,
  codePath: goString,
  functionType: goString,
  functionUpdateTime: goString,
  func_name: goString,
  service: goString,
  isBridgeFunction: goBool,
  enable_auth_in_header: goBool,
  cacheInstance: goInt,
  hookHandler: goMapOf(goString),
  extendedHandler: goMapOf(goString),
  extendedTimeout: goMapOf(goInt),
  customResources: goMapOf(goFloat64),
  device: goStruct('types.Device', {
    model: goString,
    hbm: goInt,
    type: goString,
    count: goInt,
    latency: goInt,
    stream: goInt,
  }),
  s3CodePath,
  schedulePolicies: affinitySelectors,
  resourceAffinitySelectors: affinitySelectors,
  codeUploadType: goString,
  poolId: goString,
  enableMetrics: goBool,
  enableAgentSession: goBool,
  enableSessionCtx: goBool,
  idleTime: goInt64,
  warmup: goString,
  rootfs: rootfsType,
  autoScaleConfig: goStruct('model.AutoScaleConfig', {
    slaQuota: goInt,
    scaleDownTime: goInt,
    burstScaleNum: goInt,
  }),
  schedulePolicy: goString,
  scalePolicy: goString,
  priorityAz: goString,
  isFuncPublic: goBool,
  extendedMetaData: extendedMetaDataType,
  sandboxType: goString,
})

/** `model.FunctionCreateRequest`: the body of `POST /functions` (its own `kind` hides the embedded one). */
export const createRequestType = goStruct(
  'model.FunctionCreateRequest',
  {
    name: goString,
    runtime: goString,
    reversedConcurrency: goInt,
    tags: goMapOf(goString),
    kind: goString,
  },
  { FunctionBasicInfo: functionBasicInfo },
)

/** `model.FunctionUpdateRequest`: the body of `PUT /functions/{name}`. */
export const updateRequestType = goStruct(
  'model.FunctionUpdateRequest',
  { revisionId: goString },
  { FunctionBasicInfo: functionBasicInfo },
)

/** `model.PublishRequest`: the body of `POST /functions/{name}/versions`. */
export const publishRequestType = goStruct('model.PublishRequest', {
  revisionId: goString,
  versionDesc: goString,
  kind: goString,
  versionNumber: goString,
})
