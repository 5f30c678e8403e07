import { EMPTY_ROOTFS } from '../../model/rootfs.js'
import { EMPTY_S3_CODE_PATH, type VersionRecord } from '../../model/version-record.js'

/** The configuration a create or update writes: a validated request body, in stored units. */
export type FunctionSpec = Pick<
  VersionRecord,
  | 'kind'
  | 'description'
  | 'handler'
  | 'runtime'
  | 'cpu'
  | 'memory'
  | 'timeout'
  | 'minInstance'
  | 'maxInstance'
  | 'concurrentNum'
  | 'environment'
  | 'customResources'
  | 'tags'
  | 'storageType'
  | 'codePath'
  | 's3CodePath'
  | 'layers'
  | 'device'
  | 'enableMetrics'
  | 'poolId'
  | 'priorityAz'
  | 'sandboxType'
  | 'rootfs'
  | 'extendedHandler'
  | 'extendedTimeout'
>

/** The values the real server fills in when a body leaves them out. */
export const FUNCTION_SPEC_DEFAULTS: FunctionSpec = {
  kind: '',
  description: '',
  handler: '',
  runtime: '',
  cpu: 0,
  memory: 0,
  timeout: 0,
  minInstance: 0,
  maxInstance: 100,
  concurrentNum: 100,
  environment: {},
  customResources: null,
  tags: null,
  storageType: '',
  codePath: '',
  s3CodePath: EMPTY_S3_CODE_PATH,
  layers: [],
  device: {},
  enableMetrics: false,
  poolId: '',
  priorityAz: '',
  sandboxType: '',
  rootfs: EMPTY_ROOTFS,
  extendedHandler: null,
  extendedTimeout: null,
}

/** A full spec from the fields given, the rest defaulted. @example toFunctionSpec({ runtime: 'python3.9' }) */
export function toFunctionSpec(fields: Partial<FunctionSpec>): FunctionSpec {
  return { ...FUNCTION_SPEC_DEFAULTS, ...fields }
}
