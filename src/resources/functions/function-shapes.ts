import type { VersionRecord } from '../../model/version-record.js'
import { toFunctionValues, type ValueStyle } from './function-values.js'
import { toListFuncLayers } from './nested-shapes.js'

/** Keys Go leaves out when empty (`omitempty`). */
const OMIT_EMPTY = new Set(['kind', 'priorityAz'])

/** `model.GetFunctionResponse` (versions-list elements, reference §5.2), in Go's key order. */
const VERSION_LIST_ITEM_KEYS = [
  'id',
  'createTime',
  'updateTime',
  'functionUrn',
  'name',
  'tenantId',
  'businessId',
  'productId',
  'reversedConcurrency',
  'description',
  'lastModified',
  'Published',
  'minInstance',
  'maxInstance',
  'concurrentNum',
  'status',
  'instanceNum',
  'tag',
  'functionVersionUrn',
  'revisionId',
  'codeSize',
  'codeSha256',
  'bucketId',
  'objectId',
  'handler',
  'layers',
  'cpu',
  'memory',
  'runtime',
  'timeout',
  'versionNumber',
  'versionDesc',
  'environment',
  'customResources',
  'statefulFlag',
  'funcLayer',
  'device',
  'kind',
  'created',
] as const

/** `model.FunctionVersion` (reference §5.4), in Go's key order. */
const FUNCTION_VERSION_KEYS = [
  'createTime',
  'updateTime',
  'functionUrn',
  'name',
  'tenantId',
  'businessId',
  'productId',
  'reversedConcurrency',
  'description',
  'tag',
  'functionVersionUrn',
  'revisionId',
  'storageType',
  'codeSize',
  'codeSha256',
  'codePath',
  'bucketId',
  'objectId',
  'handler',
  'layers',
  'cpu',
  'memory',
  'runtime',
  'timeout',
  'versionNumber',
  'versionDesc',
  'environment',
  'customResources',
  'statefulFlag',
  'lastModified',
  'Published',
  'minInstance',
  'maxInstance',
  'concurrentNum',
  'enableMetrics',
  'funcLayer',
  'status',
  'instanceNum',
  'device',
  'kind',
  'rootfs',
  'priorityAz',
  'sandboxType',
] as const

/**
 * `GetFunctionResponseForUser` (the user `function` object, reference §5.3), in Go's key order: the
 * `FunctionVersion` keys with `id` first, no `priorityAz`, and `created` last.
 */
const USER_FUNCTION_KEYS = [
  'id',
  ...FUNCTION_VERSION_KEYS.filter((key) => key !== 'priorityAz'),
  'created',
] as const

/** Fields that carry the caller's header bytes (tenant, product), which may not be UTF-8. */
const SCOPE_FIELDS = ['id', 'functionUrn', 'functionVersionUrn', 'tenantId', 'productId'] as const

/**
 * The user shapes go through `json.Marshal` then `json.Unmarshal` before they are written: a byte
 * that was not UTF-8 (`\ufffd` in the first text) comes back as a real U+FFFD, written as itself.
 */
function asRoundTripped(values: Record<string, unknown>): Record<string, unknown> {
  for (const key of SCOPE_FIELDS) {
    const value = values[key]
    if (typeof value === 'string' && /[\udc80-\udcff]/.test(value))
      values[key] = value.replace(/[\udc80-\udcff]/g, '\ufffd')
  }
  return values
}

function pick(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const key of keys) {
    if (OMIT_EMPTY.has(key) && values[key] === '') continue
    result[key] = values[key]
  }
  return result
}

/** One element of the non-admin versions list. */
export function toVersionListItem(record: VersionRecord): Record<string, unknown> {
  const values = asRoundTripped(toFunctionValues(record, 'list'))
  return pick({ ...values, funcLayer: toListFuncLayers(record.layers) }, VERSION_LIST_ITEM_KEYS)
}

/** A `FunctionVersion`: admin results, `GET /functions` items, the update result. */
export function toFunctionVersion(
  record: VersionRecord,
  style: ValueStyle = 'list',
): Record<string, unknown> {
  return pick(toFunctionValues(record, style), FUNCTION_VERSION_KEYS)
}

/**
 * A `FunctionGetResponse`: `FunctionVersion` plus `created` (admin get and publish). On admin get,
 * unlike the user shape and publish, which fall back to the creation time, `lastModified` is the
 * bare update time (`""` until the first update).
 */
export function toFunctionGetResponse(
  record: VersionRecord,
  style: ValueStyle = 'detail',
): Record<string, unknown> {
  const values = toFunctionValues(record, style)
  if (style === 'detail') values.lastModified = record.updateTime
  return pick(values, [...FUNCTION_VERSION_KEYS, 'created'])
}

/** The user `function` object of create (list style) and of get and publish (detail style). */
export function toUserFunction(record: VersionRecord, style: ValueStyle): Record<string, unknown> {
  return pick(asRoundTripped(toFunctionValues(record, style)), USER_FUNCTION_KEYS)
}
