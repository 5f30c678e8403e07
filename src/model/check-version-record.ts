import { findDecodedValueKind } from '../go/go-map.js'
import type { GoType } from '../go/go-type.js'
import { lazy } from '../support/lazy.js'
import { toSureAccept } from './sure-accept.js'
import { type VersionRecord, versionRecordSchemas } from './version-record.js'

interface MapCheck {
  /** Whether `null` or absent (undefined) stands for no map. */
  readonly allows: (nil: null | undefined) => boolean
  readonly isValue: (value: unknown) => boolean
  /** Values a map Go's decoder built holds for certain (`freezeDecodedMap`, `rememberDecodedMap`): not checked again. */
  readonly decodedAs?: GoType['kind']
}

/** How each map field's values are checked (`z.record` with these values, in `versionRecordSchema`). */
const MAP_FIELDS = {
  environment: { allows: isNever, isValue: isString, decodedAs: 'string' },
  customResources: { allows: isNull, isValue: isFiniteNumber },
  tags: { allows: isNull, isValue: isString, decodedAs: 'string' },
  device: { allows: isNever, isValue: () => true },
  extendedHandler: { allows: isNullOrAbsent, isValue: isString, decodedAs: 'string' },
  extendedTimeout: { allows: isNullOrAbsent, isValue: Number.isSafeInteger },
} as const satisfies Record<string, MapCheck>

const MAP_NAMES = Object.keys(MAP_FIELDS) as Array<keyof typeof MAP_FIELDS>

/** The record's schema without its maps, which `hasMapsOfTheirTypes` checks in place (built on first use). */
export const withoutMaps = lazy(() =>
  versionRecordSchemas().versionRecordSchema.omit({
    environment: true,
    customResources: true,
    tags: true,
    device: true,
    extendedHandler: true,
    extendedTimeout: true,
  }),
)

/** `withoutMaps` as a check that answers without zod's parse when it is sure (decision 0048). */
const surelyWithoutMaps = lazy(() => toSureAccept(withoutMaps()))

/**
 * Throws zod's error when `versionRecordSchema` refuses the record. Its maps are checked by a loop
 * over their values: zod's `z.record` builds a copy of every map it checks, ~30 ms for a map of
 * 22,000 keys (issue 25). The other fields are checked by a check derived from the schema
 * (`toSureAccept`): zod's parse copies the whole record, ~15 µs of a create (decision 0048).
 * Anything either doubts goes through zod, so the error is zod's own and the checks can only be
 * stricter than the schema, never laxer.
 * @example checkVersionRecord({ ...record, cpu: 1.5 }) // throws a ZodError naming `cpu`
 */
export function checkVersionRecord(record: VersionRecord): void {
  if (!hasMapsOfTheirTypes(record)) versionRecordSchemas().versionRecordSchema.parse(record)
  else if (!surelyWithoutMaps()(record)) withoutMaps().parse(record)
}

function hasMapsOfTheirTypes(record: VersionRecord): boolean {
  const fields = record as unknown as Record<string, unknown>
  return MAP_NAMES.every((name) => {
    const map = fields[name]
    const check: MapCheck = MAP_FIELDS[name]
    if (map === null || map === undefined) return check.allows(map)
    if (check.decodedAs !== undefined && findDecodedValueKind(map) === check.decodedAs) return true
    return isPlainMap(map) && hasValuesOf(map, check.isValue)
  })
}

/** `for…in` rather than `Object.values`: no array of 22,000 values, and half the time. */
function hasValuesOf(map: Record<string, unknown>, isValue: (value: unknown) => boolean): boolean {
  for (const key in map) if (!isValue(map[key])) return false
  return true
}

/** An object of the kind `z.record` takes for certain: no array, a plain or null prototype. */
function isPlainMap(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** Which of `null` and absent (undefined) the field's schema takes instead of a map. */
function isNever(): boolean {
  return false
}

function isNull(nil: null | undefined): boolean {
  return nil === null
}

function isNullOrAbsent(): boolean {
  return true
}

function isString(value: unknown): boolean {
  return typeof value === 'string'
}

function isFiniteNumber(value: unknown): boolean {
  return Number.isFinite(value)
}
