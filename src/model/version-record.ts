import { z } from 'zod'
import { functionSchemas } from '../contract/function-schemas.js'
import { lazy } from '../support/lazy.js'

/** Code location of a version (`s3CodePath` in requests); `sha512` is served as `codeSha256`. */
function buildVersionRecordSchemas() {
  const s3CodePathSchema = z.object({
    bucketId: z.string(),
    objectId: z.string(),
    bucketUrl: z.string(),
    token: z.string(),
    sha512: z.string(),
  })

  /**
   * One stored version record: what the real server keeps under
   * `/FunctionVersion/<business>/<tenant>/<product>/<name>/<version>/` in etcd.
   * Response shapes are derived from it by the presenters, never stored.
   */
  const versionRecordSchema = z.object({
    businessId: z.string(),
    tenantId: z.string(),
    productId: z.string(),
    name: z.string(),
    versionNumber: z.string(),
    kind: z.string(),
    revisionId: z.string(),
    createTime: z.string(),
    updateTime: z.string(),
    published: z.string(),
    description: z.string(),
    versionDesc: z.string(),
    handler: z.string(),
    runtime: z.string(),
    cpu: z.number().int(),
    memory: z.number().int(),
    timeout: z.number().int(),
    minInstance: z.number().int(),
    maxInstance: z.number().int(),
    concurrentNum: z.number().int(),
    environment: z.record(z.string(), z.string()),
    customResources: z.record(z.string(), z.number()).nullable(),
    tags: z.record(z.string(), z.string()).nullable(),
    storageType: z.string(),
    codePath: z.string(),
    codeSize: z.number().int(),
    s3CodePath: s3CodePathSchema,
    layers: z.array(z.string()),
    device: z.record(z.string(), z.unknown()),
    enableMetrics: z.boolean(),
    poolId: z.string(),
    priorityAz: z.string(),
    sandboxType: z.string(),
    rootfs: functionSchemas().rootfsSchema,
    /**
     * The status stored in the record: empty when created; an update stores the status it read
     * back with the record (`unavailable`), and a publish copies it from the latest record.
     */
    status: z.string(),
    /**
     * The faas extended handlers and their timeouts (`extendedHandler`, `extendedTimeout`): never in
     * an answer, but what a faas publish writes is checked from them (the pre-stop timeout). Absent
     * or null: none.
     */
    extendedHandler: z.record(z.string(), z.string()).nullable().optional(),
    extendedTimeout: z.record(z.string(), z.number().int()).nullable().optional(),
    /** etcd's ModRevision: one store-wide counter; records written in one transaction share it. */
    modRevision: z.number().int(),
    /** Orders records of one revision: later in the transaction sorts first. */
    writeOrder: z.number().int(),
  })
  return { s3CodePathSchema, versionRecordSchema }
}

/** The record schemas, built on first use (decision 0039): the baseline skips the check (decision 0009). */
export const versionRecordSchemas = lazy(buildVersionRecordSchemas)

/** A stored version record. */
export type VersionRecord = z.infer<ReturnType<typeof buildVersionRecordSchemas>['versionRecordSchema']>

/** The fields a write decides; the store stamps `modRevision` and `writeOrder`. */
export type VersionData = Omit<VersionRecord, 'modRevision' | 'writeOrder'>

/** An empty code location. */
export const EMPTY_S3_CODE_PATH: VersionRecord['s3CodePath'] = {
  bucketId: '',
  objectId: '',
  bucketUrl: '',
  token: '',
  sha512: '',
}

/** The data of a stored record, without the store's stamps, to write it again. */
export function toVersionData(record: VersionRecord): VersionData {
  const { modRevision: _revision, writeOrder: _order, ...data } = record
  return data
}

/**
 * A record built field by field in one fixed order. Records built by spreading many properties
 * end up in V8's slow dictionary mode; one shape for all of them keeps 100,000 records small and
 * quick to read.
 */
export function toStoredRecord(data: VersionData, modRevision: number, writeOrder: number): VersionRecord {
  return {
    businessId: data.businessId,
    tenantId: data.tenantId,
    productId: data.productId,
    name: data.name,
    versionNumber: data.versionNumber,
    kind: data.kind,
    revisionId: data.revisionId,
    createTime: data.createTime,
    updateTime: data.updateTime,
    published: data.published,
    description: data.description,
    versionDesc: data.versionDesc,
    handler: data.handler,
    runtime: data.runtime,
    cpu: data.cpu,
    memory: data.memory,
    timeout: data.timeout,
    minInstance: data.minInstance,
    maxInstance: data.maxInstance,
    concurrentNum: data.concurrentNum,
    environment: data.environment,
    customResources: data.customResources,
    tags: data.tags,
    storageType: data.storageType,
    codePath: data.codePath,
    codeSize: data.codeSize,
    s3CodePath: data.s3CodePath,
    layers: data.layers,
    device: data.device,
    enableMetrics: data.enableMetrics,
    poolId: data.poolId,
    priorityAz: data.priorityAz,
    sandboxType: data.sandboxType,
    rootfs: data.rootfs,
    status: data.status,
    extendedHandler: data.extendedHandler ?? null,
    extendedTimeout: data.extendedTimeout ?? null,
    modRevision,
    writeOrder,
  }
}
