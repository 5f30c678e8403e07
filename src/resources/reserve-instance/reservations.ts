import type { DomainContext } from '../../domain/domain-context.js'
import { metaErrors } from '../../domain/meta-error.js'
import { toDisplayName } from '../../model/names.js'
import type { TenantScope } from '../../model/scope.js'
import { defineSlot } from '../../store/keyed-slot.js'

/** One cluster's reserved instances for a label. */
export interface InstanceConfig {
  readonly clusterId: string
  readonly maxInstance: number
  readonly minInstance: number
}

/**
 * A function version's labels and their configurations (one per cluster, in the configured cluster
 * order), **most recently written label first**: the real server lists its etcd keys by modification
 * revision, descending. (With several clusters it lists cluster by cluster in Go's random map order;
 * the fake keeps one recency order for all.)
 */
export type VersionReservations = ReadonlyMap<string, readonly InstanceConfig[]>

/**
 * The reserve-instance slot of the store: by tenant, function and version. The real keys
 * (`/instances/business/yrk/cluster/<c>/tenant/<tenant>/function/<name>/version/<v>/label/<l>`) hold
 * the tenant but no product: every product of a tenant shares them.
 */
export const RESERVATIONS = defineSlot<VersionReservations>('reserve-instance')

/** The slot key of one version's reservations (the tenant, no product: see RESERVATIONS). */
export function toReservationKey(tenantId: string, funcName: string, version: string): string {
  return `${tenantId}/${funcName}/${version}`
}

/**
 * What deleting a function does to its reserve-instance keys, in the same transaction
 * (`DeleteAllPublishFunction` / `DeletePublishFunction`): the whole function drops every version's;
 * one version is an etcd **prefix** delete of `…/version/<v>`, so version `1` also drops `10`'s.
 */
export function dropReservations(ctx: DomainContext, scope: TenantScope, funcName: string, version?: string) {
  const prefix = toReservationKey(scope.tenantId, funcName, version ?? '')
  const dropped = [...ctx.store.slot(RESERVATIONS).entries()]
    .map(([key]) => key)
    .filter((key) => key.startsWith(prefix))
  if (dropped.length > 0)
    ctx.store.commitSlot(
      RESERVATIONS,
      dropped.map((key) => [key, undefined] as const),
    )
}

/** A decoded reserve-instance body. */
export interface ReserveRequest {
  readonly funcName: string
  readonly version: string
  readonly instanceLabel: string
  readonly instanceConfigInfos: ReadonlyArray<Partial<InstanceConfig>>
}

const DEFAULT_CLUSTER = 'cluster001'
/**
 * `CountReserveInstanceLabels` counts keys under `…/label` + `/label`: the labels that **start with
 * `label`**, not all of them. The label limit only ever counts those.
 */
const COUNTED_LABEL_PREFIX = 'label'

/**
 * `CreateReserveInstance` (POST, and PUT with `isUpdate`): every configuration is checked, then all
 * are written at once; the answer reads the label's configurations back (`null` when it has none).
 */
export function saveReservation(
  ctx: DomainContext,
  scope: TenantScope,
  request: ReserveRequest,
  isUpdate: boolean,
) {
  return ctx.store.exclusive(() => {
    const { key, labels } = findLabels(ctx, scope, request)
    const label = request.instanceLabel
    const configs = toInstanceConfigs(ctx, request, labels, isUpdate)
    let saved = labels
    if (configs.length > 0) {
      saved = withLabelFirst(labels, label, mergeConfigs(ctx, labels.get(label) ?? [], configs))
      ctx.store.commitSlot(RESERVATIONS, [[key, saved]])
    }
    const { funcName, version } = request
    return {
      instanceConfigInfos: saved.get(label) ?? null,
      reserveInsBaseInfo: { funcName, version, instanceLabel: label },
    }
  })
}

/**
 * `DeleteReserveInstance`: an etcd **prefix** delete of `…/label/<label>`, so label `l1` also deletes
 * `l10`, and no label deletes them all.
 */
export function deleteReservation(ctx: DomainContext, scope: TenantScope, request: ReserveRequest) {
  return ctx.store.exclusive(() => {
    const { key, labels } = findLabels(ctx, scope, request)
    const kept = new Map([...labels].filter(([label]) => !label.startsWith(request.instanceLabel)))
    if (kept.size !== labels.size)
      ctx.store.commitSlot(RESERVATIONS, [[key, kept.size === 0 ? undefined : kept]])
  })
}

/** The labels of a version and their configurations, most recently written first. */
export function listReservations(ctx: DomainContext, scope: TenantScope, request: ReserveRequest) {
  const { labels } = findLabels(ctx, scope, request)
  const results = [...labels].map(([instanceLabel, instanceConfigInfos]) => ({
    instanceLabel,
    instanceConfigInfos,
  }))
  return { total: results.length, results }
}

const NO_LABELS: VersionReservations = new Map()

/** The labels of an existing version (looked up as kind `faas`, version as given) and their slot key; 4115 when there is none. */
function findLabels(ctx: DomainContext, scope: TenantScope, request: ReserveRequest) {
  if (!ctx.store.findFunction(scope, request.funcName)?.get(request.version)) {
    throw metaErrors.functionNotFound(toDisplayName(request.funcName))
  }
  const key = toReservationKey(scope.tenantId, request.funcName, request.version)
  return { key, labels: ctx.store.slot(RESERVATIONS).get(key) ?? NO_LABELS }
}

/** The request's configurations, checked in the order the real server checks them (all 4104, answered 500). */
function toInstanceConfigs(
  ctx: DomainContext,
  request: ReserveRequest,
  labels: VersionReservations,
  isUpdate: boolean,
): InstanceConfig[] {
  const seen = new Set<string>()
  return request.instanceConfigInfos.map((info) => {
    const config = {
      clusterId: info.clusterId || DEFAULT_CLUSTER,
      maxInstance: info.maxInstance ?? 0,
      minInstance: info.minInstance ?? 0,
    }
    checkCluster(ctx, config.clusterId, seen)
    // the source's format string has no arguments: Go prints `%!d(MISSING)`
    if (config.maxInstance < config.minInstance)
      throw metaErrors.invalidUserParam('maxInstance %!d(MISSING) is less than minInstance %!d(MISSING)')
    if (isUpdate) checkExists(labels.get(request.instanceLabel), config.clusterId)
    else checkLabelCount(ctx, labels, config.clusterId)
    return config
  })
}

function checkCluster(ctx: DomainContext, clusterId: string, seen: Set<string>): void {
  // the real server always knows its default cluster, whatever the configuration lists
  if (clusterId !== DEFAULT_CLUSTER && !ctx.config.clusters.includes(clusterId))
    throw metaErrors.invalidUserParam(`clusterID ${clusterId} is not found`)
  if (seen.has(clusterId)) throw metaErrors.invalidUserParam(`clusterID ${clusterId} is repeated`)
  seen.add(clusterId)
}

function checkExists(configs: readonly InstanceConfig[] | undefined, clusterId: string): void {
  if (!configs?.some((config) => config.clusterId === clusterId))
    throw metaErrors.invalidUserParam('failed to find reserve instance config for update')
}

function checkLabelCount(ctx: DomainContext, labels: VersionReservations, clusterId: string): void {
  let count = 0
  for (const [label, configs] of labels) {
    if (label.startsWith(COUNTED_LABEL_PREFIX) && configs.some((c) => c.clusterId === clusterId)) count++
  }
  const max = ctx.config.instanceLabelMax
  if (count >= max) throw metaErrors.invalidUserParam(`label count reached max(${max})`)
}

/** A write replaces each written cluster's configuration and keeps the others, in cluster order. */
function mergeConfigs(
  ctx: DomainContext,
  stored: readonly InstanceConfig[],
  written: readonly InstanceConfig[],
): InstanceConfig[] {
  const byCluster = new Map(stored.map((config) => [config.clusterId, config]))
  for (const config of written) byCluster.set(config.clusterId, config)
  const order = [DEFAULT_CLUSTER, ...ctx.config.clusters]
  return [...byCluster.values()].sort((a, b) => order.indexOf(a.clusterId) - order.indexOf(b.clusterId))
}

/** The labels with `label` moved to the front: it is now the most recently written. */
function withLabelFirst(
  labels: VersionReservations,
  label: string,
  configs: readonly InstanceConfig[],
): VersionReservations {
  return new Map([[label, configs], ...[...labels].filter(([other]) => other !== label)])
}
