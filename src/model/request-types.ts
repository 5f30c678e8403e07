import {
  goAny,
  goBool,
  goFloat64,
  goInt,
  goInt64,
  goMapOf,
  goSliceOf,
  goString,
  goStruct,
} from '../go/go-type.js'

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

/** The fields of `FunctionBasicInfo`, shared by create and update, with their Go types. */
const basicInfoFields = {
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
  cacheInstance: goInt,
  hookHandler: goMapOf(goString),
  extendedHandler: goMapOf(goString),
  extendedTimeout: goMapOf(goInt),
  customResources: goMapOf(goFloat64),
  device: goStruct('types.Device', {
    model: goString,
    hbm: goFloat64,
    type: goString,
    count: goInt,
    latency: goFloat64,
    stream: goInt,
  }),
  s3CodePath,
  schedulePolicies: affinitySelectors,
  resourceAffinitySelectors: affinitySelectors,
  codeUploadType: goString,
  poolId: goString,
  enableMetrics: goBool,
  priorityAz: goString,
  sandboxType: goString,
  rootfs: goAny,
} as const

/** `model.FunctionCreateRequest`: the body of `POST /functions`. */
export const createRequestType = goStruct('model.FunctionCreateRequest', {
  ...basicInfoFields,
  name: goString,
  runtime: goString,
  reversedConcurrency: goInt,
  tags: goMapOf(goString),
})

/** `model.FunctionUpdateRequest`: the body of `PUT /functions/{name}`. */
export const updateRequestType = goStruct('model.FunctionUpdateRequest', {
  ...basicInfoFields,
  revisionId: goString,
})

/** `model.PublishRequest`: the body of `POST /functions/{name}/versions`. */
export const publishRequestType = goStruct('model.PublishRequest', {
  revisionId: goString,
  versionDesc: goString,
  kind: goString,
  versionNumber: goString,
})
