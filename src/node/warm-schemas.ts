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
import { scenarioSchemas } from '../scenarios/scenario-schema.js'
import { runWhenIdle } from './when-idle.js'

/**
 * What a start no longer builds (decision 0039), in the order a first write needs it: the request
 * bodies' Go types (read from JSON made at build time: no request schema is built, decision 0044), then
 * the record schema every API write checks against, then what `/__admin/requests/find` reads. Small
 * steps: a request that comes while one runs waits for that one only.
 */
const STEPS: ReadonlyArray<() => unknown> = [
  requestTypes,
  () => [createReserveType(), deleteReserveType(), getReserveType()],
  () => [podPoolCreateRequestType(), podPoolUpdateRequestType()],
  functionSchemas,
  versionRecordSchemas,
  withoutMaps,
  // The journal filter extends the scenario schemas, the largest build here: two steps, not one.
  scenarioSchemas,
  requestFilterSchema,
]

/**
 * Builds the lazy schemas after the ready line, a step at a time, in the event loop's idle windows
 * (`runWhenIdle`): neither the first 200 nor a client's first requests wait for them, and a first
 * write after a pause finds them built. A client that writes at once builds what its write needs
 * itself, as in a test process.
 */
export function warmSchemasWhenIdle(): void {
  runWhenIdle(STEPS)
}
