import { z } from '../support/zod.js'

export type JsonSchema = Record<string, unknown>

/** Where a component lives in an OpenAPI document. */
export const toComponentRef = (id: string) => `#/components/schemas/${id}`

/**
 * Named zod schemas turned into OpenAPI 3.1 `components.schemas` (JSON Schema 2020-12): one
 * `z.toJSONSchema` over a registry, so a schema nested in another becomes a `$ref`, never a copy.
 */
export class ComponentSchemas {
  private readonly registry = z.registry<{ id: string }>()
  private readonly ids = new Map<z.ZodType, string>()

  /** Registers `schema` under `id` (once) and returns its `$ref`. */
  ref(schema: z.ZodType, id: string): JsonSchema {
    const known = this.ids.get(schema)
    if (known !== undefined) return { $ref: toComponentRef(known) }
    this.ids.set(schema, id)
    this.registry.add(schema, { id })
    return { $ref: toComponentRef(id) }
  }

  /** The id a schema is known by, from its `.meta({ id })`, else `fallback`. */
  refById(schema: z.ZodType, fallback: string): JsonSchema {
    const meta = z.globalRegistry.get(schema) as { id?: string } | undefined
    return this.ref(schema, meta?.id ?? fallback)
  }

  /** Every registered schema, converted. */
  toComponents(): Record<string, JsonSchema> {
    const { schemas } = z.toJSONSchema(this.registry, {
      target: 'draft-2020-12',
      uri: toComponentRef,
      unrepresentable: 'any',
    }) as { schemas: Record<string, JsonSchema> }
    const sorted = Object.keys(schemas).sort()
    return Object.fromEntries(sorted.map((id) => [id, withoutRootKeys(schemas[id] as JsonSchema)]))
  }
}

/** A component is not a document of its own: no `$schema`, no `$id`. */
function withoutRootKeys(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema
  return rest
}
