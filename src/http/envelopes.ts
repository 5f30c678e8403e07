import type { VersionRecord } from '../model/version-record.js'
import {
  toFunctionGetResponse,
  toFunctionVersion,
  toUserFunction,
} from '../resources/functions/function-shapes.js'
import type { ValueStyle } from '../resources/functions/function-values.js'

/** `successJSONBodyForUser`: the non-admin answer of create, get and publish. */
export function toUserEnvelope(fn: Record<string, unknown>) {
  return { code: 0, message: 'SUCCESS', function: fn }
}

/** `repoutils.WriteResponse`: the admin answer, and every answer of update and list. */
export function toResultEnvelope(result: unknown) {
  return { code: 0, message: '', result }
}

/**
 * `adaptRsp`: the answer of create (the list-style `FunctionVersion`) and of get and publish (the
 * detail-style `FunctionGetResponse`): the bare shape in the admin envelope, or the user `function`.
 */
export function toFunctionAnswer(record: VersionRecord, style: ValueStyle, admin: boolean) {
  if (!admin) return toUserEnvelope(toUserFunction(record, style))
  return toResultEnvelope(style === 'list' ? toFunctionVersion(record) : toFunctionGetResponse(record))
}
