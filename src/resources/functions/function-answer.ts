import { toResultEnvelope, toUserEnvelope } from '../../http/envelopes.js'
import type { VersionRecord } from '../../model/version-record.js'
import type { FunctionRelease } from './function-releases.js'
import { toFunctionGetResponse, toFunctionVersion, toUserFunction } from './function-shapes.js'
import type { ValueStyle } from './function-values.js'

/**
 * `adaptRsp`: the answer of create (the list-style `FunctionVersion`) and of get and publish (the
 * detail-style `FunctionGetResponse`): the bare shape in the admin envelope, or the user `function`.
 */
export function toFunctionAnswer(
  record: VersionRecord,
  style: ValueStyle,
  admin: boolean,
  release: FunctionRelease,
) {
  if (!admin) return toUserEnvelope(toUserFunction(record, style, release))
  return toResultEnvelope(
    style === 'list'
      ? toFunctionVersion(record, 'list', release)
      : toFunctionGetResponse(record, style, release),
  )
}
