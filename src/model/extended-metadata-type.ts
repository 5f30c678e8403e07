import { goAny, goBool, goInt, goInt64, goMapOf, goSliceOf, goString, goStruct } from '../go/go-type.js'

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
export const extendedMetaDataType = goStruct('types.ExtendedMetaData', {
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
