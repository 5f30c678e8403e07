import { z } from '../support/zod.js'
import { functionSchemas } from './function-schemas.js'
import { functionRequestSchemas } from './release-request-schemas.js'
import { requestSchemas } from './request-schemas.js'
import {
  FUNCTION_ANSWER_SCHEMAS,
  FUNCTION_SHAPE_SCHEMAS,
  type FunctionShapeSchemas,
  toFunctionAnswerSchemas,
} from './response-schemas.js'
import type { ServerVersion } from './server-version.js'

// Only the OpenAPI documents read this module, and they import it on first use (decision 0039).
const { functionCreateRequestSchema, functionUpdateRequestSchema } = requestSchemas()
const { functionVersionSchema, listFuncLayerSchema, rootfsSchema, versionListItemSchema } = functionSchemas()

// The answers of the older releases, for their OpenAPI documents: the newest shapes less the keys
// each release had not yet added (`model.FunctionVersion`, `FunctionForUser`, `FunctionInfo` and
// `types.RootfsSpecMeta` at each tag). The fake's presenters take the same lists from
// `resources/functions/function-releases.ts`; the per-release golden corpus checks both.

/** A strict object like `schema` without `keys`, its other fields (and their notes) kept. */
function omitKeys(schema: z.ZodObject, keys: readonly string[]): z.ZodObject {
  return z.strictObject(
    Object.fromEntries(Object.entries(schema.shape).filter(([key]) => !keys.includes(key))),
  )
}

/** The shapes of a release whose `FunctionVersion` lacks `missing` and whose rootfs is `rootfs`. */
function toShapes(
  missing: readonly string[],
  rootfs: z.ZodObject | undefined,
  listMissing: readonly string[],
): FunctionShapeSchemas {
  const trimmed = omitKeys(functionVersionSchema, missing)
  const functionVersion = (rootfs ? trimmed.extend({ rootfs }) : trimmed).meta({ id: 'FunctionVersion' })
  return {
    functionVersion,
    functionGetResponse: functionVersion.extend({ created: z.string() }).meta({ id: 'FunctionGetResponse' }),
    userFunction: omitKeys(functionVersion, ['priorityAz'])
      .extend({ id: z.string(), funcLayer: z.array(listFuncLayerSchema).nullable(), created: z.string() })
      .meta({ id: 'UserFunction' }),
    versionListItem: omitKeys(versionListItemSchema, listMissing).meta({ id: 'VersionListItem' }),
  }
}

const ADDED_IN_0_10_0 = ['enableMetrics', 'priorityAz', 'sandboxType']
const ADDED_IN_0_8_0 = ['storageType', 'codePath', 'kind', 'rootfs']
const rootfs080 = omitKeys(rootfsSchema, ['user', 'ports', 'mounts'])

const SHAPES_0_8_0 = toShapes(ADDED_IN_0_10_0, rootfs080, [])
const SHAPES_0_7_0 = toShapes([...ADDED_IN_0_10_0, ...ADDED_IN_0_8_0], undefined, ['kind'])

/** Pairs of (newest schema, this release's schema) for everything a release answers differently. */
function toSwaps(version: ServerVersion, shapes: FunctionShapeSchemas): ReadonlyMap<z.ZodType, z.ZodType> {
  const answers = toFunctionAnswerSchemas(shapes)
  const requests = functionRequestSchemas()[version]
  const pairs: [z.ZodType, z.ZodType][] = [
    [functionCreateRequestSchema, requests.create],
    [functionUpdateRequestSchema, requests.update],
  ]
  for (const key of Object.keys(shapes) as (keyof FunctionShapeSchemas)[]) {
    pairs.push([FUNCTION_SHAPE_SCHEMAS[key], shapes[key]])
  }
  for (const key of Object.keys(answers) as (keyof typeof answers)[]) {
    pairs.push([FUNCTION_ANSWER_SCHEMAS[key], answers[key]])
  }
  return new Map(pairs)
}

/**
 * For each release, the schemas that stand in for the newest ones in its OpenAPI document.
 * @example RELEASE_SCHEMA_SWAPS['0.7.0'].get(functionVersionSchema) // 0.7.0's FunctionVersion
 */
export const RELEASE_SCHEMA_SWAPS: Readonly<Record<ServerVersion, ReadonlyMap<z.ZodType, z.ZodType>>> = {
  '0.7.0': toSwaps('0.7.0', SHAPES_0_7_0),
  '0.8.0': toSwaps('0.8.0', SHAPES_0_8_0),
  '0.10.0': new Map(),
}
