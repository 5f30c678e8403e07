import { lazy } from '../support/lazy.js'
import {
  goAnyField,
  goBoolField,
  goInt64Field,
  goIntField,
  goMapField,
  goSliceField,
  goStringField,
  goStringSliceField,
  goStructSchema,
} from './go-schema.js'

// `types.ExtendedMetaData` (common/types/types.go, serve.go): the server stores two of its parts
// and ignores the rest, but decodes all of it, so a wrong type anywhere inside is a 130600.

const strings = <K extends string>(names: readonly K[]) =>
  Object.fromEntries(names.map((name) => [name, goStringField()])) as Record<
    K,
    ReturnType<typeof goStringField>
  >

const vpcConfig = () =>
  goStructSchema(
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
  ).optional()

function buildExtendedMetaDataSchema() {
  const funcMountConfig = goStructSchema('types.FuncMountConfig', {
    mount_user: goStructSchema('types.FuncMountUser', {
      user_id: goIntField(),
      user_group_id: goIntField(),
    }).optional(),
    func_mounts: goSliceField(
      goStructSchema(
        'types.FuncMount',
        strings(['mount_type', 'mount_resource', 'mount_share_path', 'local_mount_path', 'status']),
      ),
    ),
  })

  const customContainerConfig = goStructSchema('types.CustomContainerConfig', {
    control_path: goStringField(),
    image: goStringField(),
    command: goStringSliceField(),
    args: goStringSliceField(),
    working_dir: goStringField(),
    uid: goIntField(),
    gid: goIntField(),
  })

  const customHealthCheck = goStructSchema('types.CustomHealthCheck', {
    timeoutSeconds: goIntField(),
    periodSeconds: goIntField(),
    failureThreshold: goIntField(),
  })

  const keyValues = () =>
    goSliceField(goStructSchema('types.KV', { name: goStringField(), value: goStringField() }))

  const customFilebeatConfig = goStructSchema('types.CustomFilebeatConfig', {
    sidecarConfigInfo: goStructSchema('types.SidecarConfigInfo', {
      configFiles: goSliceField(
        goStructSchema('types.CustomLogConfigFile', {
          path: goStringField(),
          data: goStringField(),
          secret: goBoolField(),
        }),
      ),
      livenessShell: goStringField(),
      readnessShell: goStringField(),
      preStopCommands: goStringField(),
    }).optional(),
    cpu: goInt64Field(),
    memory: goInt64Field(),
    version: goStringField(),
    imageAddress: goStringField(),
  })

  const serveDeploySchema = goStructSchema('types.ServeDeploySchema', {
    applications: goSliceField(
      goStructSchema('types.ServeApplicationSchema', {
        name: goStringField(),
        route_prefix: goStringField(),
        import_path: goStringField(),
        runtime_env: goStructSchema('types.ServeRuntimeEnvSchema', {
          pip: goStringSliceField(),
          working_dir: goStringField(),
          env_vars: goMapField(goAnyField().unwrap()),
        }).optional(),
        deployments: goSliceField(
          goStructSchema('types.ServeDeploymentSchema', {
            name: goStringField(),
            num_replicas: goInt64Field(),
            health_check_period_s: goInt64Field(),
            health_check_timeout_s: goInt64Field(),
          }),
        ),
      }),
    ),
  })

  return goStructSchema('types.ExtendedMetaData', {
    image_name: goStringField(),
    role: goStructSchema('types.Role', { xrole: goStringField(), app_xrole: goStringField() }).optional(),
    func_vpc: vpcConfig(),
    endpoint_tenant_vpc: vpcConfig(),
    mount_config: funcMountConfig.optional(),
    strategy_config: goStructSchema('types.StrategyConfig', { concurrency: goIntField() }).optional(),
    extend_config: goStringField(),
    initializer: goStructSchema('types.Initializer', {
      initializer_handler: goStringField(),
      initializer_timeout: goInt64Field(),
    }).optional(),
    heartbeat: goStructSchema('types.Heartbeat', { heartbeat_handler: goStringField() }).optional(),
    enterprise_project_id: goStringField(),
    log_tank_service: goStructSchema(
      'types.LogTankService',
      strings(['logGroupId', 'logStreamId']),
    ).optional(),
    tracing_config: goStructSchema(
      'types.TraceService',
      strings(['tracing_ak', 'tracing_sk', 'project_name']),
    ).optional(),
    custom_container_config: customContainerConfig.optional(),
    async_config_loaded: goBoolField(),
    restore_hook: goStructSchema('types.RestoreHook', {
      restore_hook_handler: goStringField(),
      restore_hook_timeout: goInt64Field(),
    }).optional(),
    network_controller: goStructSchema('types.NetworkController', {
      disable_public_network: goBoolField(),
      trigger_access_vpcs: goSliceField(goStructSchema('types.VpcInfo', strings(['vpc_name', 'vpc_id']))),
    }).optional(),
    user_agency: goStructSchema(
      'types.UserAgency',
      strings(['accessKey', 'secretKey', 'token', 'securityAk', 'securitySk', 'securityToken']),
    ).optional(),
    custom_filebeat_config: customFilebeatConfig.optional(),
    custom_health_check: customHealthCheck.optional(),
    dynamic_config: goStructSchema('types.DynamicConfigEvent', {
      enabled: goBoolField(),
      update_time: goStringField(),
      config_content: keyValues(),
    }).optional(),
    runtime_graceful_shutdown: goStructSchema('types.CustomGracefulShutdown', {
      maxShutdownTimeout: goIntField(),
    }).optional(),
    pre_stop: goStructSchema('types.PreStop', {
      pre_stop_handler: goStringField(),
      pre_stop_timeout: goInt64Field(),
    }).optional(),
    rasp_config: goStructSchema('types.RaspConfig', {
      'init-image': goStringField(),
      'rasp-image': goStringField(),
      'rasp-server-ip': goStringField(),
      'rasp-server-port': goStringField(),
      envs: keyValues(),
    }).optional(),
    serveDeploySchema: serveDeploySchema.optional(),
    imagePullConfig: goStructSchema('types.ImagePullConfig', { secrets: goStringSliceField() }).optional(),
    priority_az: goStringField(),
    enable_metrics: goBoolField(),
    enable_agent_session: goBoolField(),
    enable_session_ctx: goBoolField(),
  })
}

/** `types.ExtendedMetaData`, the `extendedMetaData` of `FunctionBasicInfo`: built on first use (decision 0039). */
export const extendedMetaDataSchema = lazy(buildExtendedMetaDataSchema)
