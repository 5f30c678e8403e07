import type { Step } from './exchange.js'

/**
 * Requests the fake answers differently from meta_service **on purpose** (decision 0014): it serves
 * the frontend's `/admin/v1` forwarder and its own `/__admin` surface in the same process as
 * `/serverless/v1`, where meta_service answers 404. In a meta_service sequence these exchanges are
 * not compared; `/admin/v1` is compared against frontend-admin instead (the `admin:` sequences).
 */
export function isDeliberateDifference(sequence: string, request: Step): boolean {
  if (sequence.startsWith(ADMIN_SEQUENCE_PREFIX)) return request.path.startsWith('/__admin')
  return request.path.startsWith('/admin/') || request.path.startsWith('/__admin')
}

/** Names the sequences sent through frontend-admin. */
export const ADMIN_SEQUENCE_PREFIX = 'admin:'
