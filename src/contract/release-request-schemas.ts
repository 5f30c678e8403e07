import type { z } from 'zod'
import { lazy } from '../support/lazy.js'
import { goEmbeddingStructSchema, goNameOf, goStructSchema } from './go-schema.js'
import { requestSchemas } from './request-schemas.js'
import type { ServerVersion } from './server-version.js'

// The function request bodies of each release. `request-schemas.ts` declares the newest; the older
// ones are the same structs with the fields their release had not yet added (read from
// `function_repo/model/function.go` and `common/types/types.go` at each tag). Go ignores a key its
// struct lacks, so an older release takes any value there, of any type, and stores nothing.

/** `FunctionBasicInfo` fields 0.10.0 added over 0.8.0. */
const ADDED_IN_0_10_0 = ['enableMetrics', 'enableSessionCtx', 'priorityAz', 'extendedMetaData', 'sandboxType']

/** `FunctionBasicInfo` fields 0.8.0 added over 0.7.0. */
const ADDED_IN_0_8_0 = [
  'enableAgentSession',
  'idleTime',
  'warmup',
  'rootfs',
  'autoScaleConfig',
  'schedulePolicy',
  'scalePolicy',
  'isFuncPublic',
]

/** `types.RootfsSpecMeta` fields 0.10.0 added over 0.8.0. */
const ROOTFS_ADDED_IN_0_10_0 = ['user', 'ports', 'mounts']

/** The request schemas of one release's function routes. */
export interface FunctionRequestSchemas {
  readonly basicInfo: z.ZodObject
  readonly create: z.ZodObject
  readonly update: z.ZodObject
  /** `types.RootfsSpecMeta` as this release decodes it; absent before 0.8.0. */
  readonly rootfs: z.ZodObject | undefined
}

function without(shape: z.ZodRawShape, missing: readonly string[]): z.ZodRawShape {
  return Object.fromEntries(Object.entries(shape).filter(([key]) => !missing.includes(key)))
}

/** A Go struct schema like `schema`, less the fields its release lacked. */
function withoutFields(schema: z.ZodObject, missing: readonly string[], replace: z.ZodRawShape = {}) {
  const shape = { ...without(schema.shape, missing) }
  for (const [key, field] of Object.entries(replace)) if (key in shape) shape[key] = field
  return goStructSchema(goNameOf(schema) ?? 'struct', shape)
}

function toRequestSchemas(basicInfo: z.ZodObject, rootfs: z.ZodObject | undefined): FunctionRequestSchemas {
  const { functionCreateOwnFields, functionUpdateOwnFields } = requestSchemas()
  return {
    basicInfo,
    rootfs,
    create: goEmbeddingStructSchema(
      'model.FunctionCreateRequest',
      { FunctionBasicInfo: basicInfo },
      functionCreateOwnFields,
    ),
    update: goEmbeddingStructSchema(
      'model.FunctionUpdateRequest',
      { FunctionBasicInfo: basicInfo },
      functionUpdateOwnFields,
    ),
  }
}

function buildFunctionRequestSchemas(): Readonly<Record<ServerVersion, FunctionRequestSchemas>> {
  const { rootfsSchema, functionBasicInfoSchema, functionCreateRequestSchema, functionUpdateRequestSchema } =
    requestSchemas()
  const rootfs080 = withoutFields(rootfsSchema, ROOTFS_ADDED_IN_0_10_0)
  const basicInfo080 = withoutFields(functionBasicInfoSchema, ADDED_IN_0_10_0, {
    rootfs: rootfs080.optional(),
  })
  const basicInfo070 = withoutFields(basicInfo080, ADDED_IN_0_8_0)
  return {
    '0.7.0': toRequestSchemas(basicInfo070, undefined),
    '0.8.0': toRequestSchemas(basicInfo080, rootfs080),
    '0.10.0': {
      basicInfo: functionBasicInfoSchema,
      rootfs: rootfsSchema,
      create: functionCreateRequestSchema,
      update: functionUpdateRequestSchema,
    },
  }
}

/** Each release's function request schemas, built on first use. @example functionRequestSchemas()['0.7.0'].create */
export const functionRequestSchemas = lazy(buildFunctionRequestSchemas)
