/** A Go type as `encoding/json` sees it, named as Go prints it in error messages. */
export type GoType =
  | { readonly kind: 'string' | 'bool' | 'any'; readonly name: string }
  | { readonly kind: 'int'; readonly name: string; readonly bits: 32 | 64 }
  | { readonly kind: 'float'; readonly name: string }
  | { readonly kind: 'map' | 'slice'; readonly name: string; readonly elem: GoType }
  | {
      readonly kind: 'struct'
      readonly name: string
      readonly fields: Readonly<Record<string, GoType>>
      /** Embedded structs by Go field name: their fields are promoted, the struct's own win a clash. */
      readonly embedded: Readonly<Record<string, GoType>>
    }

export const goString: GoType = { kind: 'string', name: 'string' }
export const goBool: GoType = { kind: 'bool', name: 'bool' }
export const goInt: GoType = { kind: 'int', name: 'int', bits: 64 }
export const goInt64: GoType = { kind: 'int', name: 'int64', bits: 64 }
export const goFloat64: GoType = { kind: 'float', name: 'float64' }
export const goAny: GoType = { kind: 'any', name: 'interface {}' }

/** `map[string]T`. */
export function goMapOf(elem: GoType): GoType {
  return { kind: 'map', name: `map[string]${elem.name}`, elem }
}

/** `[]T`. */
export function goSliceOf(elem: GoType): GoType {
  return { kind: 'slice', name: `[]${elem.name}`, elem }
}

/**
 * A struct type: `name` as Go prints it (`model.S3CodePathInfo`), fields by JSON key, and any
 * embedded structs by their Go field name (`FunctionBasicInfo`).
 */
export function goStruct(
  name: string,
  fields: Record<string, GoType>,
  embedded: Record<string, GoType> = {},
): GoType {
  return { kind: 'struct', name, fields, embedded }
}
