import { metaErrors } from '../../domain/meta-error.js'
import type { VersionRecord } from '../../model/version-record.js'

const PRE_STOP = 'pre_stop'
const MAX_PRE_STOP_TIMEOUT = 180

type Extended = Pick<VersionRecord, 'kind' | 'extendedHandler' | 'extendedTimeout'>

/**
 * `checkPreStopTime`, run when a faas function's metadata is published (create, update, publish):
 * with a `pre_stop` handler, its timeout (from `extendedTimeout`, else 0) must lie in [0, 180].
 * Other kinds publish no such metadata. A plain error: 4104, with the route's writer.
 * @example checkPreStop({ kind: 'faas', extendedHandler: { pre_stop: 'h' }, extendedTimeout: { pre_stop: 181 } }) // throws
 */
export function checkPreStop({ kind, extendedHandler, extendedTimeout }: Extended): void {
  if (kind !== 'faas' || !extendedHandler || !Object.hasOwn(extendedHandler, PRE_STOP)) return
  const timeout = extendedTimeout?.[PRE_STOP] ?? 0
  if (timeout > MAX_PRE_STOP_TIMEOUT || timeout < 0) {
    throw metaErrors.invalidUserParamText('preStop timeOut must between 0 and 180')
  }
}
