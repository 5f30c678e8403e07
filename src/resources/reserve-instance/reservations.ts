import type { DomainContext } from '../../domain/domain-context.js'
import { metaErrors } from '../../domain/meta-error.js'
import { toDisplayName } from '../../model/names.js'
import { type TenantScope, toScopeKey } from '../../model/scope.js'
import { defineSlot } from '../../store/keyed-slot.js'

/** One cluster's reserved instances for a label. */
export interface InstanceConfig {
  readonly clusterId: string
  readonly maxInstance: number
  readonly minInstance: number
}

/** A function version's labels and their configurations, as stored (replaced whole on each write). */
export type VersionReservations = ReadonlyMap<string, readonly InstanceConfig[]>

/** The reserve-instance slot of the store: by tenant scope, function and version. */
export const RESERVATIONS = defineSlot<VersionReservations>('reserve-instance')

/** A decoded reserve-instance body. */
export interface ReserveRequest {
  readonly funcName: string
  readonly version: string
  readonly instanceLabel: string
  readonly instanceConfigInfos: ReadonlyArray<Partial<InstanceConfig>>
}

const FAAS_NAME = /^0@[0-9a-zA-Z]{1,16}@(?:[a-z0-9][a-z0-9-]{0,126}[a-z0-9]|[a-z])$/
const LABEL = /^(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/
const MAX_LABEL_LENGTH = 63
const INSTANCE_LIMIT = 1000
const NAME_RULE =
  'funcName format is 0@{serviceName}@{funcName};serviceName can only contains letters、digits and cannot ' +
  'exceed 16 characters; funcName can only contains lowercase letters、digits、- and cannot exceed 127 ' +
  'characters or end with -'
const LABEL_RULE = 'instanceLabel can only contains letters、digits、hyphens、dots,not exceed 63 characters'

/** `validateReserveInsRequest`: the FaaS name form and the label grammar (4104, answered 400). */
export function validateReserveRequest(request: ReserveRequest, labelCanBeEmpty: boolean): void {
  if (!FAAS_NAME.test(request.funcName)) throw metaErrors.invalidUserParam(NAME_RULE)
  const label = request.instanceLabel
  if (label === '') {
    if (labelCanBeEmpty) return
    throw metaErrors.invalidUserParam('instanceLabel cannot be empty')
  }
  if (label.length > MAX_LABEL_LENGTH || !LABEL.test(label)) throw metaErrors.invalidUserParam(LABEL_RULE)
}

/** Creates or replaces a label's configuration on an existing FaaS version. */
export function saveReservation(ctx: DomainContext, scope: TenantScope, request: ReserveRequest) {
  return ctx.store.exclusive(() => {
    const { key, labels } = findLabels(ctx, scope, request)
    const configs = toInstanceConfigs(ctx, request.instanceConfigInfos)
    if (!labels.has(request.instanceLabel) && labels.size >= ctx.config.instanceLabelMax) {
      throw metaErrors.invalidUserParam(`label count reached max(${ctx.config.instanceLabelMax})`)
    }
    ctx.store.commitSlot(RESERVATIONS, [[key, new Map(labels).set(request.instanceLabel, configs)]])
    const { funcName, instanceLabel } = request
    return {
      instanceConfigInfos: configs,
      reserveInsBaseInfo: { funcName, version: toVersion(request), instanceLabel },
    }
  })
}

/** Deletes one label, or every label of the version when none is given. */
export function deleteReservation(ctx: DomainContext, scope: TenantScope, request: ReserveRequest) {
  return ctx.store.exclusive(() => {
    const { key, labels } = findLabels(ctx, scope, request)
    if (labels.size === 0) return
    const kept = new Map(labels)
    if (request.instanceLabel === '') kept.clear()
    else kept.delete(request.instanceLabel)
    ctx.store.commitSlot(RESERVATIONS, [[key, kept.size === 0 ? undefined : kept]])
  })
}

/** The labels of a version and their configurations. */
export function listReservations(ctx: DomainContext, scope: TenantScope, request: ReserveRequest) {
  const { labels } = findLabels(ctx, scope, request)
  const results = [...labels].map(([instanceLabel, instanceConfigInfos]) => ({
    instanceLabel,
    instanceConfigInfos,
  }))
  return { total: results.length, results }
}

function toVersion(request: ReserveRequest): string {
  return request.version || 'latest'
}

const NO_LABELS: VersionReservations = new Map()

/** The labels of an existing version (looked up as kind `faas`) and their slot key; 4115 when there is none. */
function findLabels(ctx: DomainContext, scope: TenantScope, request: ReserveRequest) {
  const version = toVersion(request)
  if (!ctx.store.findFunction(scope, request.funcName)?.get(version)) {
    throw metaErrors.functionNotFound(toDisplayName(request.funcName))
  }
  const key = `${toScopeKey(scope)}/${request.funcName}/${version}`
  return { key, labels: ctx.store.slot(RESERVATIONS).get(key) ?? NO_LABELS }
}

function toInstanceConfigs(
  ctx: DomainContext,
  infos: ReserveRequest['instanceConfigInfos'],
): InstanceConfig[] {
  const seen = new Set<string>()
  return infos.map((info) => {
    const config = {
      clusterId: info.clusterId || (ctx.config.clusters[0] ?? ''),
      maxInstance: info.maxInstance ?? 0,
      minInstance: info.minInstance ?? 0,
    }
    checkInstanceConfig(ctx, config, seen)
    return config
  })
}

function checkInstanceConfig(ctx: DomainContext, config: InstanceConfig, seen: Set<string>): void {
  const fail = (detail: string) => metaErrors.invalidUserParam(detail)
  if (!ctx.config.clusters.includes(config.clusterId))
    throw fail(`clusterID ${config.clusterId} is not found`)
  if (seen.has(config.clusterId)) throw fail(`clusterID ${config.clusterId} is duplicated`)
  seen.add(config.clusterId)
  for (const key of ['minInstance', 'maxInstance'] as const) {
    if (config[key] < 0 || config[key] > INSTANCE_LIMIT)
      throw fail(`${key} must be in range [0, ${INSTANCE_LIMIT}]`)
  }
  if (config.minInstance > config.maxInstance) {
    throw fail(
      `the value of minInstance ${config.minInstance} must be smaller than that of maxInstance ${config.maxInstance}`,
    )
  }
}
