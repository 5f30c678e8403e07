import type { VersionRecord } from '../../model/version-record.js'
import { type FunctionRelease, NEWEST_FUNCTION_RELEASE } from './function-releases.js'
import { toFunctionValues, type ValueStyle } from './function-values.js'
import { toListFuncLayers } from './nested-shapes.js'

/** Keys Go leaves out when empty (`omitempty`). */
const OMIT_EMPTY = new Set(['kind', 'priorityAz'])

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

function pick(
  values: Record<string, unknown>,
  keys: readonly string[],
  release: FunctionRelease,
): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const key of keys) {
    if (OMIT_EMPTY.has(key) && values[key] === '') continue
    result[key] =
      key === 'rootfs' ? pickRootfs(values.rootfs as VersionRecord['rootfs'], release) : values[key]
  }
  return result
}

/** The stored rootfs with the keys of the release's `types.RootfsSpecMeta`, in its order. */
function pickRootfs(rootfs: VersionRecord['rootfs'], release: FunctionRelease): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  for (const key of release.rootfsKeys) result[key] = rootfs[key as keyof VersionRecord['rootfs']]
  return result
}

/** One element of the non-admin versions list. */
export function toVersionListItem(
  record: VersionRecord,
  release: FunctionRelease = NEWEST_FUNCTION_RELEASE,
): Record<string, unknown> {
  const values = asRoundTripped(toFunctionValues(record, 'list'))
  values.funcLayer = toListFuncLayers(record.layers)
  return pick(values, release.versionListItemKeys, release)
}

/** A `FunctionVersion`: admin results, `GET /functions` items, the update result. */
export function toFunctionVersion(
  record: VersionRecord,
  style: ValueStyle = 'list',
  release: FunctionRelease = NEWEST_FUNCTION_RELEASE,
): Record<string, unknown> {
  return pick(toFunctionValues(record, style), release.functionVersionKeys, release)
}

/**
 * A `FunctionGetResponse`: `FunctionVersion` plus `created` (admin get and publish). On admin get,
 * unlike the user shape and publish, which fall back to the creation time, `lastModified` is the
 * bare update time (`""` until the first update).
 */
export function toFunctionGetResponse(
  record: VersionRecord,
  style: ValueStyle = 'detail',
  release: FunctionRelease = NEWEST_FUNCTION_RELEASE,
): Record<string, unknown> {
  const values = toFunctionValues(record, style)
  if (style === 'detail') values.lastModified = record.updateTime
  return pick(values, release.getResponseKeys, release)
}

/** The user `function` object of create (list style) and of get and publish (detail style). */
export function toUserFunction(
  record: VersionRecord,
  style: ValueStyle,
  release: FunctionRelease = NEWEST_FUNCTION_RELEASE,
): Record<string, unknown> {
  const values = asRoundTripped(toFunctionValues(record, style))
  // marshalled as `[]FunctionLayer`, read back as `[]Layer`: only the name carries over
  if (style === 'list') values.funcLayer = toListFuncLayers(record.layers)
  return pick(values, release.userFunctionKeys, release)
}
