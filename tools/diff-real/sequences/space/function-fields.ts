import type { GoKind } from './go-values.js'

/**
 * The fields of the real server's `FunctionCreateRequest` (its own and the embedded
 * `FunctionBasicInfo`'s), by JSON name, with their Go kind and the values its validation and
 * handlers single out (boundaries, the values a branch looks for). Read from
 * `function_repo/model/function.go` and `common/types/types.go` at 0.10.0.
 */
export interface FieldSpec {
  readonly kind: GoKind
  /** Values beyond the kind's own: boundaries and the values a handler tests for. */
  readonly special?: readonly unknown[]
  /** A struct's fields (for `struct` and `struct-slice`). */
  readonly fields?: Readonly<Record<string, FieldSpec>>
}

const str = (special: readonly unknown[] = []): FieldSpec => ({ kind: 'string', special })
const int = (special: readonly unknown[] = []): FieldSpec => ({ kind: 'int', special })
const bool: FieldSpec = { kind: 'bool' }

const DEVICE: Record<string, FieldSpec> = {
  model: str(['Ascend910']),
  hbm: int([32]),
  type: str(['npu']),
  count: int([2]),
  latency: int([5]),
  stream: int([3]),
}

const ROOTFS: Record<string, FieldSpec> = {
  runtime: str(['runc', 'runsc']),
  type: str(['local', 'image', 's3', 'other', 'LOCAL']),
  imageurl: str(['docker.io/library/alpine:3']),
  user: str(['1000:1000']),
  ports: { kind: 'string-slice', special: [['8080', '80/tcp']] },
  path: str(['/opt/rootfs']),
  readonly: bool,
  storageInfo: {
    kind: 'struct',
    fields: {
      endpoint: str(['http://s3']),
      bucket: str(['b']),
      object: str(['o']),
      accessKey: str(['ak']),
      secretKey: str(['sk']),
    },
  },
  mountpoint: str(['/mnt']),
  mounts: {
    kind: 'struct-slice',
    fields: { source: str(['/a']), target: str(['/b']), readonly: bool },
  },
}

const EXTENDED_META: Record<string, FieldSpec> = {
  image_name: str(),
  role: { kind: 'struct', fields: { xrole: str(), app_xrole: str() } },
  func_vpc: { kind: 'struct', fields: { id: str(), xrole: str() } },
  custom_container_config: {
    kind: 'struct',
    fields: { image: str(), command: { kind: 'string-slice' }, uid: int(), gid: int() },
  },
  custom_health_check: {
    kind: 'struct',
    fields: { timeoutSeconds: int(), periodSeconds: int(), failureThreshold: int() },
  },
  initializer: { kind: 'struct', fields: { initializer_handler: str(), initializer_timeout: int() } },
  async_config_loaded: bool,
  extend_config: str(),
}

const AFFINITY: FieldSpec = {
  kind: 'struct-slice',
  fields: { group: str(['g1']), priority: int([1, 2]) },
}

export const FUNCTION_FIELDS: Readonly<Record<string, FieldSpec>> = {
  layers: { kind: 'string-slice', special: [['sn:cn:yrk:default:layer:l:1'], ['a', 'b']] },
  memory: int([127, 128, 1073741824, 1073741825]),
  cpu: int([299, 300, 16000, 16001]),
  poolType: str(['custom']),
  minInstance: str(['0', '-1', '1000', '1001', '01', '+1', ' 1', '1.0', '9223372036854775808']),
  maxInstance: str(['0', '1', '1000', '1001', '-1', '2147483648']),
  concurrentNum: str(['0', '1', '1000', '1001', '-1', '2147483648']),
  timeout: int([-2, 8640000, 8640001]),
  handler: str(['h'.repeat(64), 'h'.repeat(65), 'é'.repeat(64), 'é'.repeat(65), 'index.handler']),
  kind: str(['faas', 'yrlib', 'agent', 'posix', 'FAAS']),
  environment: { kind: 'map-string' },
  description: str(['d'.repeat(1024), 'd'.repeat(1025), '中'.repeat(1024), '中'.repeat(1025)]),
  storageType: str(['local', 's3', 'copy', 'working_dir', 'obs']),
  codePath: str(['/code']),
  functionType: str(),
  functionUpdateTime: str(),
  func_name: str(),
  service: str(),
  isBridgeFunction: bool,
  enable_auth_in_header: bool,
  cacheInstance: int([5]),
  hookHandler: { kind: 'map-string', special: [{ call: 'c.h', init: 'i.h', checkpoint: 'k', recover: 'r' }] },
  extendedHandler: {
    kind: 'map-string',
    special: [{ initializer: 'init.h' }, { pre_stop: 'stop.h' }, { initializer: 'i', pre_stop: 'p' }],
  },
  extendedTimeout: {
    kind: 'map-int',
    special: [{ initializer: 60 }, { pre_stop: 180 }, { pre_stop: 181 }, { pre_stop: -1 }],
  },
  customResources: { kind: 'map-float' },
  device: { kind: 'struct', fields: DEVICE },
  s3CodePath: {
    kind: 'struct',
    fields: {
      bucketId: str(['b']),
      objectId: str(['o']),
      bucketUrl: str(['u']),
      token: str(),
      sha512: str(),
    },
  },
  schedulePolicies: AFFINITY,
  resourceAffinitySelectors: AFFINITY,
  codeUploadType: str(['s3', 'local']),
  poolId: str(['pool-1', 'Pool', 'p'.repeat(40), 'p'.repeat(41), '-p', 'p-']),
  enableMetrics: bool,
  enableAgentSession: bool,
  enableSessionCtx: bool,
  idleTime: int([10]),
  warmup: str(['seed']),
  rootfs: { kind: 'struct', fields: ROOTFS },
  autoScaleConfig: {
    kind: 'struct',
    fields: { slaQuota: int([10]), scaleDownTime: int([60]), burstScaleNum: int([2]) },
  },
  schedulePolicy: str(['binpack']),
  scalePolicy: str(['static']),
  priorityAz: str(['az1']),
  isFuncPublic: bool,
  extendedMetaData: { kind: 'struct', fields: EXTENDED_META },
  sandboxType: str(['gvisor']),
  name: str(['0@svc@n', '0-svc-n', 'a.b', '.', '..', 'A', '0@s@UP']),
  runtime: str([
    'python3.9',
    'java8',
    'go1.13',
    'cpp11',
    'custom runtime',
    'posix-custom-runtime',
    'nodejs10.15.2',
  ]),
  reversedConcurrency: int([10]),
  tags: { kind: 'map-string' },
}

/** Update takes the embedded fields and `revisionId`; `name`, `runtime`, `tags` are not its own. */
export const UPDATE_ONLY_SKIPPED = new Set(['name', 'runtime', 'reversedConcurrency', 'tags'])
