import type { GoType } from '../go/go-type.js'
import { lazy } from '../support/lazy.js'
import { z } from '../support/zod.js'

/**
 * Zod schemas that carry their Go type, so one declaration is both the documented request body and
 * the type the fake's Go decoder imitates (`toGoType`). `x-go-type` also lands in the OpenAPI document.
 */
const GO_TYPE = 'x-go-type'

const goMeta = (goType: string) => ({ [GO_TYPE]: goType })

// A leaf field's schema is one instance, shared by every struct that has such a field: zod's schemas
// are immutable, and building one costs ~10 µs (its methods are set on each instance), so the request
// bodies' ~300 fields cost a first write ~15 ms when each built its own (issue 25, decision 0044).
export const goStringField = lazy(() => z.string().optional())
export const goBoolField = lazy(() => z.boolean().optional())
export const goFloat64Field = lazy(() => z.number().optional())
export const goAnyField = lazy(() => z.unknown().meta(goMeta('interface {}')).optional())
/** Go `int` (64 bits here); JSON Schema keeps JavaScript's safe range. */
export const goIntField = lazy(() => z.int().meta(goMeta('int')).optional())
export const goInt64Field = lazy(() => z.int().meta(goMeta('int64')).optional())
export const goMapField = <T extends z.ZodType>(elem: T) => z.record(z.string(), elem).optional()
export const goSliceField = <T extends z.ZodType>(elem: T) => z.array(elem).optional()
/** Go `[]string`, shared as the leaves are. */
export const goStringSliceField = lazy(() => goSliceField(goStringField().unwrap()))

/**
 * A Go struct as `encoding/json` decodes it: every field optional, unknown keys ignored. (Go also
 * takes `null` for any field and matches keys case-insensitively; the document says so in prose.)
 */
export function goStructSchema<T extends z.ZodRawShape>(goName: string, shape: T) {
  return z.looseObject(shape).meta(goMeta(goName))
}

/** A struct's own fields and its embedded structs, for `toGoType` (zod keeps only the merged shape). */
interface GoStructParts {
  readonly own: z.ZodRawShape
  readonly embedded: Readonly<Record<string, z.ZodType>>
}

const structParts = new WeakMap<z.ZodType, GoStructParts>()

/**
 * A Go struct with embedded structs (`FunctionBasicInfo` in `FunctionCreateRequest`): the body's
 * shape has the promoted fields and its own (which win a clash, as in Go); `toGoType` keeps them
 * apart, since the decoder names the embedded struct in its messages. `x-go-embedded` lists them.
 */
export function goEmbeddingStructSchema<E extends Record<string, z.ZodObject>, T extends z.ZodRawShape>(
  goName: string,
  embedded: E,
  own: T,
) {
  const promoted = Object.assign(
    {},
    ...Object.values(embedded).map((schema) => schema.shape),
  ) as E[keyof E]['shape']
  const schema = z
    .looseObject({ ...promoted, ...own })
    .meta({ ...goMeta(goName), 'x-go-embedded': Object.keys(embedded) })
  structParts.set(schema, { own, embedded })
  return schema
}

/** Go's name of `schema`, kept in its metadata. */
export function goNameOf(schema: z.ZodType): string | undefined {
  const meta = z.globalRegistry.get(schema) as Record<string, unknown> | undefined
  return typeof meta?.[GO_TYPE] === 'string' ? meta[GO_TYPE] : undefined
}

/** The Go type a request schema stands for, as the fake's decoder describes it (`go/go-type.ts`). */
export function toGoType(schema: z.ZodType): GoType {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string }
  const goName = goNameOf(schema)
  switch (def.type) {
    case 'optional':
      return toGoType(def.innerType as z.ZodType)
    case 'string':
      return { kind: 'string', name: 'string' }
    case 'boolean':
      return { kind: 'bool', name: 'bool' }
    case 'unknown':
      return { kind: 'any', name: 'interface {}' }
    case 'number':
      return goName ? { kind: 'int', name: goName, bits: 64 } : { kind: 'float', name: 'float64' }
    case 'record': {
      const elem = toGoType(def.valueType as z.ZodType)
      return { kind: 'map', name: `map[string]${elem.name}`, elem }
    }
    case 'array': {
      const elem = toGoType(def.element as z.ZodType)
      return { kind: 'slice', name: `[]${elem.name}`, elem }
    }
    case 'object':
      return toGoStruct(
        goName ?? 'struct',
        structParts.get(schema) ?? { own: def.shape as z.ZodRawShape, embedded: {} },
      )
    default:
      throw new Error(`no Go type for a zod ${def.type}`)
  }
}

function toGoStruct(name: string, { own, embedded }: GoStructParts): GoType {
  const derive = (shape: Readonly<Record<string, z.ZodType>>) =>
    Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, toGoType(field)]))
  return {
    kind: 'struct',
    name,
    fields: derive(own as Record<string, z.ZodType>),
    embedded: derive(embedded),
  }
}
