import { lazy } from '../support/lazy.js'
import { z } from '../support/zod.js'

// The function objects the real server answers with, one schema per Go shape. Empty `kind` and
// `priorityAz` are left out (`omitempty`); every other key is always there, nulls included.

function buildFunctionSchemas() {
  const stringMap = z.record(z.string(), z.string())

  /** `types.Device`: a struct whose empty fields Go leaves out. */
  const deviceSchema = z.strictObject({
    model: z.string().optional(),
    hbm: z.number().optional(),
    type: z.string().optional(),
    count: z.int().optional(),
    latency: z.number().optional(),
    stream: z.int().optional(),
  })

  /**
   * `types.RootfsSpecMeta`: always present, every key; as the create or update body sent it (after
   * `ValidateRootfsSpec`, which defaults `runtime`), Go's zero struct when none was sent.
   */
  const rootfsSchema = z.strictObject({
    runtime: z.string(),
    type: z.string(),
    imageurl: z.string(),
    user: z.string(),
    ports: z.array(z.string()).nullable(),
    path: z.string(),
    readonly: z.boolean(),
    storageInfo: z.strictObject({
      endpoint: z.string(),
      bucket: z.string(),
      object: z.string(),
      accessKey: z.string(),
      secretKey: z.string(),
    }),
    mountpoint: z.string(),
    mounts: z
      .array(z.strictObject({ source: z.string(), target: z.string(), readonly: z.boolean() }))
      .nullable(),
  })

  /** A `funcLayer` entry of admin create, update and list answers: the stored layer name, version and order. */
  const funcLayerRefSchema = z.strictObject({ name: z.string(), version: z.int(), order: z.int() })

  /**
   * A `funcLayer` entry of the versions list and of the user create answer: read back as `model.Layer`,
   * the stored version is lost to a JSON key mismatch.
   */
  const listFuncLayerSchema = z.strictObject({
    name: z.string(),
    versionNumber: z.int(),
    layerUrn: z.string(),
    layerVersionUrn: z.string(),
    layerSize: z.int(),
    layerSha256: z.string(),
    createTime: z.string(),
    updateTime: z.string(),
    compatibleRuntimes: z.array(z.string()).nullable(),
    description: z.string(),
    licenseInfo: z.string(),
  })

  /** The keys every function shape shares. */
  const commonFields = {
    createTime: z.string(),
    updateTime: z.string(),
    functionUrn: z.string(),
    name: z.string(),
    tenantId: z.string(),
    businessId: z.string(),
    productId: z.string(),
    reversedConcurrency: z.int(),
    description: z.string(),
    tag: stringMap.nullable(),
    functionVersionUrn: z.string(),
    revisionId: z.string(),
    codeSize: z.int(),
    codeSha256: z.string().meta({ description: 'The `sha512` of `s3CodePath`, under this name.' }),
    bucketId: z.string(),
    objectId: z.string(),
    handler: z.string(),
    layers: z.array(z.string()).nullable(),
    cpu: z.int(),
    memory: z.int(),
    runtime: z.string(),
    timeout: z.int(),
    versionNumber: z.string(),
    versionDesc: z.string(),
    environment: stringMap,
    customResources: z.record(z.string(), z.number()).nullable(),
    statefulFlag: z.int(),
    lastModified: z.string().meta({
      description:
        'Empty in list-style objects (lists, create, update); the update time, or else the creation time, in get and publish; on admin get the bare update time (empty until the first update).',
    }),
    Published: z.string().meta({ description: 'Capitalized on the wire, as the Go struct tag says.' }),
    minInstance: z.int(),
    maxInstance: z.int(),
    concurrentNum: z.int(),
    status: z.string().meta({
      description:
        'Empty in list-style objects; `unavailable` in get; in publish the status stored in the record (empty, or `unavailable` once an update stored it).',
    }),
    instanceNum: z.int(),
    device: deviceSchema,
    kind: z.string().optional().meta({ description: 'Left out when empty (`omitempty`).' }),
  }

  /** `model.FunctionVersion`: admin results, `GET /functions` items, the update result. */
  const functionVersionSchema = z
    .strictObject({
      ...commonFields,
      storageType: z.string(),
      codePath: z.string(),
      enableMetrics: z.boolean(),
      funcLayer: z.array(funcLayerRefSchema).nullable(),
      rootfs: rootfsSchema,
      priorityAz: z.string().optional().meta({ description: 'Left out when empty (`omitempty`).' }),
      sandboxType: z.string(),
    })
    .meta({ id: 'FunctionVersion' })

  /** `model.FunctionGetResponse`: `FunctionVersion` plus `created` (admin get and publish). */
  const functionGetResponseSchema = functionVersionSchema
    .extend({ created: z.string() })
    .meta({ id: 'FunctionGetResponse' })

  /** `GetFunctionResponseForUser`: the `function` of non-admin create, get and publish. */
  const userFunctionSchema = functionVersionSchema
    .omit({ priorityAz: true })
    .extend({ id: z.string(), funcLayer: z.array(listFuncLayerSchema).nullable(), created: z.string() })
    .meta({ id: 'UserFunction' })

  /** `model.GetFunctionResponse`: one element of the non-admin versions list. */
  const versionListItemSchema = z
    .strictObject({
      ...commonFields,
      id: z.string(),
      funcLayer: z.array(listFuncLayerSchema).nullable(),
      created: z.string(),
    })
    .meta({ id: 'VersionListItem' })
  return {
    deviceSchema,
    rootfsSchema,
    funcLayerRefSchema,
    listFuncLayerSchema,
    functionVersionSchema,
    functionGetResponseSchema,
    userFunctionSchema,
    versionListItemSchema,
  }
}

/** The function answer schemas, built on first use (decision 0039). @example functionSchemas().rootfsSchema */
export const functionSchemas = lazy(buildFunctionSchemas)

type FunctionSchemas = ReturnType<typeof buildFunctionSchemas>

export type FunctionVersion = z.infer<FunctionSchemas['functionVersionSchema']>
export type FunctionGetResponse = z.infer<FunctionSchemas['functionGetResponseSchema']>
export type UserFunction = z.infer<FunctionSchemas['userFunctionSchema']>
export type VersionListItem = z.infer<FunctionSchemas['versionListItemSchema']>
