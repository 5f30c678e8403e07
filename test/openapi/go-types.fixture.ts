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
} from '../../src/go/go-type.js'

// The Go types as they were declared by hand before being derived from the contract's request
// schemas (decision 0015), verbatim: the derived ones must equal these, field order included (Go's
// case-insensitive key match takes the first field in order). Change both sides on purpose.

// `types.ExtendedMetaData` (common/types/types.go, serve.go): the server stores two of its parts
// and ignores the rest, but decodes all of it, so a wrong type anywhere inside is a 130600.

const strings = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, goString]))

const vpcConfig = goStruct(
  'types.VpcConfig',
  strings([
    'id',
    'domain_id',
    'namespace',
    'vpc_name',
    'vpc_id',
    'subnet_name',
    'subnet_id',
    'tenant_cidr',
    'host_vm_cidr',
    'gateway',
    'xrole',
  ]),
)

const funcMountConfig = goStruct('types.FuncMountConfig', {
  mount_user: goStruct('types.FuncMountUser', { user_id: goInt, user_group_id: goInt }),
  func_mounts: goSliceOf(
    goStruct(
      'types.FuncMount',
      strings(['mount_type', 'mount_resource', 'mount_share_path', 'local_mount_path', 'status']),
    ),
  ),
})

const customContainerConfig = goStruct('types.CustomContainerConfig', {
  control_path: goString,
  image: goString,
  command: goSliceOf(goString),
  args: goSliceOf(goString),
  working_dir: goString,
  uid: goInt,
  gid: goInt,
})

const customHealthCheck = goStruct('types.CustomHealthCheck', {
  timeoutSeconds: goInt,
  periodSeconds: goInt,
  failureThreshold: goInt,
})

const keyValues = goSliceOf(goStruct('types.KV', { name: goString, value: goString }))

const customFilebeatConfig = goStruct('types.CustomFilebeatConfig', {
  sidecarConfigInfo: goStruct('types.SidecarConfigInfo', {
    configFiles: goSliceOf(
      goStruct('types.CustomLogConfigFile', { path: goString, data: goString, secret: goBool }),
    ),
    livenessShell: goString,
    readnessShell: goString,
    preStopCommands: goString,
  }),
  cpu: goInt64,
  memory: goInt64,
  version: goString,
  imageAddress: goString,
})

const serveDeploySchema = goStruct('types.ServeDeploySchema', {
  applications: goSliceOf(
    goStruct('types.ServeApplicationSchema', {
      name: goString,
      route_prefix: goString,
      import_path: goString,
      runtime_env: goStruct('types.ServeRuntimeEnvSchema', {
        pip: goSliceOf(goString),
        working_dir: goString,
        env_vars: goMapOf(goAny),
      }),
      deployments: goSliceOf(
        goStruct('types.ServeDeploymentSchema', {
          name: goString,
          num_replicas: goInt64,
          health_check_period_s: goInt64,
          health_check_timeout_s: goInt64,
        }),
      ),
    }),
  ),
})

/** `types.ExtendedMetaData`, the `extendedMetaData` of `FunctionBasicInfo`. */
const extendedMetaDataType = goStruct('types.ExtendedMetaData', {
  image_name: goString,
  role: goStruct('types.Role', { xrole: goString, app_xrole: goString }),
  func_vpc: vpcConfig,
  endpoint_tenant_vpc: vpcConfig,
  mount_config: funcMountConfig,
  strategy_config: goStruct('types.StrategyConfig', { concurrency: goInt }),
  extend_config: goString,
  initializer: goStruct('types.Initializer', { initializer_handler: goString, initializer_timeout: goInt64 }),
  heartbeat: goStruct('types.Heartbeat', { heartbeat_handler: goString }),
  enterprise_project_id: goString,
  log_tank_service: goStruct('types.LogTankService', strings(['logGroupId', 'logStreamId'])),
  tracing_config: goStruct('types.TraceService', strings(['tracing_ak', 'tracing_sk', 'project_name'])),
  custom_container_config: customContainerConfig,
  async_config_loaded: goBool,
  restore_hook: goStruct('types.RestoreHook', {
    restore_hook_handler: goString,
    restore_hook_timeout: goInt64,
  }),
  network_controller: goStruct('types.NetworkController', {
    disable_public_network: goBool,
    trigger_access_vpcs: goSliceOf(goStruct('types.VpcInfo', strings(['vpc_name', 'vpc_id']))),
  }),
  user_agency: goStruct(
    'types.UserAgency',
    strings(['accessKey', 'secretKey', 'token', 'securityAk', 'securitySk', 'securityToken']),
  ),
  custom_filebeat_config: customFilebeatConfig,
  custom_health_check: customHealthCheck,
  dynamic_config: goStruct('types.DynamicConfigEvent', {
    enabled: goBool,
    update_time: goString,
    config_content: keyValues,
  }),
  runtime_graceful_shutdown: goStruct('types.CustomGracefulShutdown', { maxShutdownTimeout: goInt }),
  pre_stop: goStruct('types.PreStop', { pre_stop_handler: goString, pre_stop_timeout: goInt64 }),
  rasp_config: goStruct('types.RaspConfig', {
    'init-image': goString,
    'rasp-image': goString,
    'rasp-server-ip': goString,
    'rasp-server-port': goString,
    envs: keyValues,
  }),
  serveDeploySchema,
  imagePullConfig: goStruct('types.ImagePullConfig', { secrets: goSliceOf(goString) }),
  priority_az: goString,
  enable_metrics: goBool,
  enable_agent_session: goBool,
  enable_session_ctx: goBool,
})

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
const rootfsType = goStruct('types.RootfsSpecMeta', {
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

/** `model.ReserveInsBaseInfo`, embedded in the create and delete requests (Go names it in messages). */
const reserveBaseInfo = {
  ReserveInsBaseInfo: goStruct('model.ReserveInsBaseInfo', {
    funcName: goString,
    version: goString,
    instanceLabel: goString,
  }),
}

/** `[]model.InstanceConfig`. */
const instanceConfigInfos = goSliceOf(
  goStruct('model.InstanceConfig', { clusterId: goString, maxInstance: goInt64, minInstance: goInt64 }),
)

/** `model.CreateReserveInsRequest`: the body of POST and PUT (update binds the create type too). */
export const createReserveType = goStruct(
  'model.CreateReserveInsRequest',
  { instanceConfigInfos },
  reserveBaseInfo,
)

/** `model.DeleteReserveInsRequest`: the body of DELETE. */
export const deleteReserveType = goStruct('model.DeleteReserveInsRequest', {}, reserveBaseInfo)

/** `model.GetReserveInsRequest`: the body of GET (no label field, no validation tags). */
export const getReserveType = goStruct('model.GetReserveInsRequest', {
  funcName: goString,
  version: goString,
})

const stringMap = goMapOf(goString)

/** `model.Pool`, the element of a create body. */
const poolType = goStruct('model.Pool', {
  id: goString,
  group: goString,
  size: goInt,
  max_size: goInt,
  ready_count: goInt,
  status: goInt,
  msg: goString,
  image: goString,
  init_image: goString,
  reuse: goBool,
  labels: stringMap,
  environment: stringMap,
  resources: goStruct('model.Resource', { requests: stringMap, limits: stringMap }),
  volumes: goString,
  volume_mounts: goString,
  affinities: goString,
  runtime_class_name: goString,
  node_selector: stringMap,
  tolerations: goString,
  horizontal_pod_autoscaler_spec: goString,
  topology_spread_constraints: goString,
  pod_pending_duration_threshold: goInt,
  idle_recycle_time: goStruct('model.IdleRecyclePolicy', { reserved: goInt, scaled: goInt }),
  scalable: goBool,
})

/** `model.PodPoolCreateRequest`: the body of `POST /podpools`. */
export const podPoolCreateRequestType = goStruct('model.PodPoolCreateRequest', {
  pools: goSliceOf(poolType),
})

/** `model.PodPoolUpdateRequest`: the body of `PUT /podpools/{id}` (its `id` is decoded, then replaced). */
export const podPoolUpdateRequestType = goStruct('model.PodPoolUpdateRequest', {
  id: goString,
  size: goInt,
  max_size: goInt,
  horizontal_pod_autoscaler_spec: goString,
})
