import { goBool, goInt, goMapOf, goSliceOf, goString, goStruct } from '../../go/go-type.js'
import { defineSlot } from '../../store/keyed-slot.js'

type StringMap = Readonly<Record<string, string>> | null

/** `model.Pool` with every field, as the real server stores and lists it (JSON names). */
export interface Pool {
  readonly id: string
  readonly group: string
  readonly size: number
  readonly max_size: number
  readonly ready_count: number
  readonly status: number
  readonly msg: string
  readonly image: string
  readonly init_image: string
  readonly reuse: boolean
  readonly labels: StringMap
  readonly environment: StringMap
  readonly resources: { readonly requests: StringMap; readonly limits: StringMap }
  readonly volumes: string
  readonly volume_mounts: string
  readonly affinities: string
  readonly runtime_class_name: string
  readonly node_selector: StringMap
  readonly tolerations: string
  readonly horizontal_pod_autoscaler_spec: string
  readonly topology_spread_constraints: string
  readonly pod_pending_duration_threshold: number
  readonly idle_recycle_time: { readonly reserved: number; readonly scaled: number }
  readonly scalable: boolean
}

/** A stored pool and the write revision of its last write (etcd's ModRevision: lists sort by it). */
export interface StoredPool {
  readonly pool: Pool
  readonly modRevision: number
}

/** The pod-pool slot: global, keyed by pool id alone (no tenant, product or business). */
export const POD_POOLS = defineSlot<StoredPool>('podpools')

/** `constants.New`, `constants.Update`, `constants.Deleted` (an iota: New, Creating, Update, Updating, Running, Failed, Deleted). */
export const POOL_STATUS = { new: 0, update: 2, deleted: 6 } as const

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
