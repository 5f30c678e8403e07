import { toGoMap } from '../../go/go-map.js'
import type { Pool } from './pool-types.js'

/** A pool as `model.Pool` marshals: the struct's field order, maps with Go's key order (`GoMap`). */
export function toPoolJson(pool: Pool): Pool {
  return {
    id: pool.id,
    group: pool.group,
    size: pool.size,
    max_size: pool.max_size,
    ready_count: pool.ready_count,
    status: pool.status,
    msg: pool.msg,
    image: pool.image,
    init_image: pool.init_image,
    reuse: pool.reuse,
    labels: toGoMap(pool.labels),
    environment: toGoMap(pool.environment),
    resources: { requests: toGoMap(pool.resources.requests), limits: toGoMap(pool.resources.limits) },
    volumes: pool.volumes,
    volume_mounts: pool.volume_mounts,
    affinities: pool.affinities,
    runtime_class_name: pool.runtime_class_name,
    node_selector: toGoMap(pool.node_selector),
    tolerations: pool.tolerations,
    horizontal_pod_autoscaler_spec: pool.horizontal_pod_autoscaler_spec,
    topology_spread_constraints: pool.topology_spread_constraints,
    pod_pending_duration_threshold: pool.pod_pending_duration_threshold,
    idle_recycle_time: { reserved: pool.idle_recycle_time.reserved, scaled: pool.idle_recycle_time.scaled },
    scalable: pool.scalable,
  }
}
