import type { Pool } from './pool-types.js'

const ID = /^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/
const GROUP = /^[a-zA-Z0-9]([-a-zA-Z0-9]{0,38}[a-zA-Z0-9])?$/
const MIN_IDLE_TIME = -1
const MAX_IMAGE_BYTES = 200
const MAX_RUNTIME_CLASS_BYTES = 64
const ID_RULE =
  "pod pool id can contain only lowercase letters, digits and '-'. it cannot start or end with '-' " +
  'and cannot exceed 40 characters or less than 1 characters'
const GROUP_RULE =
  "pod pool group can contain only letters, digits and '-'. it cannot start or end with '-' " +
  'and cannot exceed 40 characters'

/** Go's `len` of a string: its UTF-8 bytes. */
function byteLength(value: string): number {
  return new TextEncoder().encode(value).length
}

/**
 * `validatePodPoolCreateParams`: the pool with its defaults (group `default`, `max_size` = `size`)
 * and `scalable` computed, or the first failure's message (the service wraps it as 4104).
 */
export function validateNewPool(sent: Pool): { pool: Pool } | { failure: string } {
  const prefix = `failed to create pod pool, id: ${sent.id}, err: `
  if (!ID.test(sent.id)) return { failure: `${prefix}${ID_RULE}` }
  const group = sent.group || 'default'
  if (!GROUP.test(group)) {
    return { failure: `failed to create pod pool, id: ${sent.id}, group: ${group}, err: ${GROUP_RULE}` }
  }
  const maxSize = sent.size !== 0 && sent.max_size === 0 ? sent.size : sent.max_size
  const pool: Pool = { ...sent, group, max_size: maxSize, scalable: maxSize > sent.size }
  const problem = findSizeProblem(pool) ?? findLengthProblem(pool)
  return problem === undefined ? { pool } : { failure: `${prefix}${problem}` }
}

function findSizeProblem(pool: Pool): string | undefined {
  if (pool.size < 0) return 'size is less than 0'
  if (pool.max_size < pool.size) return 'max_size is less than size'
  if (pool.max_size > pool.size && pool.horizontal_pod_autoscaler_spec.length > 0) {
    return 'max_size greater than size and horizontal_pod_autoscaler_spec cannot be set at the same time'
  }
  if (pool.idle_recycle_time.reserved < MIN_IDLE_TIME) {
    return `idle time of reserved should not less than ${MIN_IDLE_TIME}`
  }
  if (pool.idle_recycle_time.scaled < MIN_IDLE_TIME) {
    return `idle time of scaled should not less than ${MIN_IDLE_TIME}`
  }
  return undefined
}

function findLengthProblem(pool: Pool): string | undefined {
  if (byteLength(pool.image) > MAX_IMAGE_BYTES) return 'image len is not in [1, 200]'
  if (byteLength(pool.init_image) > MAX_IMAGE_BYTES) return 'init image len is not in [1, 200]'
  if (byteLength(pool.runtime_class_name) > MAX_RUNTIME_CLASS_BYTES) {
    return `runtime_class_name should not greater than ${MAX_RUNTIME_CLASS_BYTES}`
  }
  if (pool.pod_pending_duration_threshold < 0) {
    return `podPendingDurationThreshold should not be less than 0, which is ${pool.pod_pending_duration_threshold}`
  }
  return undefined
}
