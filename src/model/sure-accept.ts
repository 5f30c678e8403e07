import type { z } from '../support/zod.js'

/** Whether a value is certainly one the schema accepts (false: not known, ask the schema). */
export type SureAccept = (value: unknown) => boolean

/** The parts of a zod schema's definition read here (zod's `_zod.def`, typed loosely). */
interface Def {
  readonly type: string
  readonly checks?: ReadonlyArray<{
    readonly _zod: { readonly def: { readonly check?: string; readonly format?: string } }
  }>
  readonly shape?: Readonly<Record<string, z.ZodType>>
  readonly catchall?: z.ZodType
  readonly element?: z.ZodType
  readonly innerType?: z.ZodType
}

const NEVER_SURE: SureAccept = () => false

/**
 * A check derived from a schema that answers, without zod's parse, whether the schema accepts a
 * value: strings, numbers (finite, or safe integers for `int()`), booleans, arrays, objects (stripping
 * or strict), nullable and optional. Anything else in the schema (another type, a check on a string,
 * a refinement) makes the check answer false, so the caller asks the schema itself: the check can be
 * stricter than the schema, never laxer. A value's own keys the schema does not name are refused by a
 * strict object, and let through by a stripping one, as zod does.
 *
 * Why: the store checks every record it writes against the stored record's schema (decision 0009), and
 * zod's parse builds a deep copy of the record it checks: 5–8 µs a record in-process, where this check
 * takes ~1; creates alone went from 28 to 23 µs of CPU each (issue 25, decision 0048).
 * @example toSureAccept(z.object({ a: z.string() }))({ a: 'b' }) // true
 */
export function toSureAccept(schema: z.ZodType): SureAccept {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def
  switch (def.type) {
    case 'string':
      return def.checks?.length ? NEVER_SURE : isString
    case 'boolean':
      return def.checks?.length ? NEVER_SURE : isBoolean
    case 'number':
      return toNumberCheck(def)
    case 'array':
      return def.element && !def.checks?.length ? toArrayCheck(toSureAccept(def.element)) : NEVER_SURE
    case 'object':
      return toObjectCheck(def)
    case 'nullable':
      return def.innerType ? orNil(toSureAccept(def.innerType), null) : NEVER_SURE
    case 'optional':
      return def.innerType ? orNil(toSureAccept(def.innerType), undefined) : NEVER_SURE
    default:
      return NEVER_SURE
  }
}

/** `z.number()`: finite numbers; with zod's one `int()` check (format `safeint`), safe integers. */
function toNumberCheck(def: Def): SureAccept {
  const checks = def.checks ?? []
  if (checks.length === 0) return Number.isFinite as SureAccept
  const only = checks.length === 1 ? checks[0]?._zod.def : undefined
  return only?.check === 'number_format' && only.format === 'safeint'
    ? (Number.isSafeInteger as SureAccept)
    : NEVER_SURE
}

function toArrayCheck(element: SureAccept): SureAccept {
  return (value) => {
    if (!Array.isArray(value)) return false
    for (const item of value) if (!element(item)) return false
    return true
  }
}

/**
 * An object schema with no catchall strips keys it does not name; with `z.never()` as its catchall
 * (`strictObject`) it refuses them. Any other catchall is not followed.
 */
function toObjectCheck(def: Def): SureAccept {
  const catchall = def.catchall
    ? (def.catchall as unknown as { _zod: { def: Def } })._zod.def.type
    : undefined
  if (!def.shape || def.checks?.length || (catchall !== undefined && catchall !== 'never')) return NEVER_SURE
  const fields = Object.entries(def.shape).map(([key, field]) => [key, toSureAccept(field)] as const)
  const strict = catchall === 'never'
  return (value) => {
    if (!isPlainObject(value)) return false
    for (const [key, accept] of fields) if (!accept(value[key])) return false
    return !strict || hasOnlyKeys(value, def.shape as Record<string, unknown>)
  }
}

function hasOnlyKeys(value: Record<string, unknown>, shape: Record<string, unknown>): boolean {
  for (const key in value) if (!Object.hasOwn(shape, key)) return false
  return true
}

function orNil(accept: SureAccept, nil: null | undefined): SureAccept {
  return (value) => value === nil || accept(value)
}

/** An object with no array and a plain or null prototype (zod takes more; this is only stricter). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function isString(value: unknown): boolean {
  return typeof value === 'string'
}

function isBoolean(value: unknown): boolean {
  return typeof value === 'boolean'
}
