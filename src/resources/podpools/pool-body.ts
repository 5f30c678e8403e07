import type { Pool } from './pool-types.js'

type Decoded = Record<string, unknown>

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const integer = (value: unknown) => (typeof value === 'number' ? value : 0)
const stringMap = (value: unknown) => (value === undefined ? null : (value as Record<string, string>))
const object = (value: unknown): Decoded => (value as Decoded | undefined) ?? {}

/**
 * One decoded `model.Pool` with Go's zero values where the body had nothing (`null` maps stay
 * `null`). `scalable` is left false: the service computes it on create.
 */
export function toPool(body: Decoded): Pool {
  const resources = object(body.resources)
  const idle = object(body.idle_recycle_time)
  return {
    id: text(body.id),
    group: text(body.group),
    size: integer(body.size),
    max_size: integer(body.max_size),
    ready_count: integer(body.ready_count),
    status: integer(body.status),
    msg: text(body.msg),
    image: text(body.image),
    init_image: text(body.init_image),
    reuse: body.reuse === true,
    labels: stringMap(body.labels),
    environment: stringMap(body.environment),
    resources: { requests: stringMap(resources.requests), limits: stringMap(resources.limits) },
    volumes: text(body.volumes),
    volume_mounts: text(body.volume_mounts),
    affinities: text(body.affinities),
    runtime_class_name: text(body.runtime_class_name),
    node_selector: stringMap(body.node_selector),
    tolerations: text(body.tolerations),
    horizontal_pod_autoscaler_spec: text(body.horizontal_pod_autoscaler_spec),
    topology_spread_constraints: text(body.topology_spread_constraints),
    pod_pending_duration_threshold: integer(body.pod_pending_duration_threshold),
    idle_recycle_time: { reserved: integer(idle.reserved), scaled: integer(idle.scaled) },
    scalable: false,
  }
}

/** The pools of a decoded create body (`null` elements are zero pools, as Go decodes them). */
export function toPools(body: Decoded): Pool[] {
  const pools = (body.pools as unknown[] | undefined) ?? []
  return pools.map((pool) => toPool(object(pool)))
}

/** A decoded update body: the sizes and the autoscaler spec (the id comes from the path). */
export interface PoolUpdate {
  readonly size: number
  readonly max_size: number
  readonly horizontal_pod_autoscaler_spec: string
}

export function toPoolUpdate(body: Decoded): PoolUpdate {
  return {
    size: integer(body.size),
    max_size: integer(body.max_size),
    horizontal_pod_autoscaler_spec: text(body.horizontal_pod_autoscaler_spec),
  }
}
