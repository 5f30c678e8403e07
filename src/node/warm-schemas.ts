import { requestFilterSchema } from '../admin/journal-routes.js'
import { functionSchemas } from '../contract/function-schemas.js'
import { withoutMaps } from '../model/check-version-record.js'
import { requestTypes } from '../model/request-types.js'
import { versionRecordSchemas } from '../model/version-record.js'
import { podPoolCreateRequestType, podPoolUpdateRequestType } from '../resources/podpools/pool-types.js'
import {
  createReserveType,
  deleteReserveType,
  getReserveType,
} from '../resources/reserve-instance/reserve-types.js'

/**
 * What a start no longer builds (decision 0039), in the order a first write needs it: the request
 * bodies' Go types (read from JSON made at build time: no request schema is built, decision 0044), then
 * the record schema every API write checks against. One step per turn of the event
 * loop, so a request that comes meanwhile waits for one step at most, not for all of them.
 */
const STEPS: ReadonlyArray<() => unknown> = [
  requestTypes,
  () => [createReserveType(), deleteReserveType(), getReserveType()],
  () => [podPoolCreateRequestType(), podPoolUpdateRequestType()],
  functionSchemas,
  versionRecordSchemas,
  withoutMaps,
  requestFilterSchema,
]

/**
 * Builds the lazy schemas after the ready line, a step at a time, once the loop is idle: the first
 * 200 comes without them, and a first write finds them built (the first answer of every route stays
 * what it was when they were built at import).
 */
export function warmSchemasWhenIdle(): void {
  let next = 0
  const step = () => {
    STEPS[next]?.()
    next += 1
    if (next < STEPS.length) setImmediate(step).unref()
  }
  setImmediate(step).unref()
}
