import { requestGoTypes } from '../../contract/request-go-types.js'
import type { GoType } from '../../go/go-type.js'
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

/** `model.PodPoolCreateRequest`: the body of `POST /podpools` (derived from the contract's schema at build time, decision 0044). */
export const podPoolCreateRequestType = (): GoType => requestGoTypes().podPoolCreate

/** `model.PodPoolUpdateRequest`: the body of `PUT /podpools/{id}` (its `id` is decoded, then replaced). */
export const podPoolUpdateRequestType = (): GoType => requestGoTypes().podPoolUpdate
