import { functionSchemas } from '../contract/function-schemas.js'
import { lazy } from '../support/lazy.js'
import { z } from '../support/zod.js'

/** Code location of a version (`s3CodePath` in requests); `sha512` is served as `codeSha256`. */
function buildVersionRecordSchemas() {
  // One instance per leaf type, shared by the fields: zod's schemas are immutable, and each one built
  // costs ~10 µs, which the first write of a fresh process pays (issue 25, decision 0044).
  const text = z.string()
  const integer = z.number().int()
  const s3CodePathSchema = z.object({
    bucketId: text,
    objectId: text,
    bucketUrl: text,
    token: text,
    sha512: text,
  })

  /**
   * One stored version record: what the real server keeps under
   * `/FunctionVersion/<business>/<tenant>/<product>/<name>/<version>/` in etcd.
   * Response shapes are derived from it by the presenters, never stored.
   */
  const versionRecordSchema = z.object({
    businessId: text,
    tenantId: text,
    productId: text,
    name: text,
    versionNumber: text,
    kind: text,
    revisionId: text,
    createTime: text,
    updateTime: text,
    published: text,
    description: text,
    versionDesc: text,
    handler: text,
    runtime: text,
    cpu: integer,
    memory: integer,
    timeout: integer,
    minInstance: integer,
    maxInstance: integer,
    concurrentNum: integer,
    environment: z.record(text, text),
    customResources: z.record(text, z.number()).nullable(),
    tags: z.record(text, text).nullable(),
    storageType: text,
    codePath: text,
    codeSize: integer,
    s3CodePath: s3CodePathSchema,
    layers: z.array(text),
    device: z.record(text, z.unknown()),
    enableMetrics: z.boolean(),
    poolId: text,
    priorityAz: text,
    sandboxType: text,
    rootfs: functionSchemas().rootfsSchema,
    /**
     * The status stored in the record: empty when created; an update stores the status it read
     * back with the record (`unavailable`), and a publish copies it from the latest record.
     */
    status: text,
    /**
     * The faas extended handlers and their timeouts (`extendedHandler`, `extendedTimeout`): never in
     * an answer, but what a faas publish writes is checked from them (the pre-stop timeout). Absent
     * or null: none.
     */
    extendedHandler: z.record(text, text).nullable().optional(),
    extendedTimeout: z.record(text, integer).nullable().optional(),
    /** etcd's ModRevision: one store-wide counter; records written in one transaction share it. */
    modRevision: integer,
    /** Orders records of one revision: later in the transaction sorts first. */
    writeOrder: integer,
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

/**
 * The data of a stored record, without the store's stamps, to write it again (changed, with
 * `Object.assign`: its keys all exist, so the object keeps its shape). Built field by field, not by
 * an object rest, which took ~2 µs a record and made a slow dictionary object: a publish copies its
 * function's latest record, 10,000 times for the large data set (issue 25).
 */
export function toVersionData(record: VersionData): VersionData {
  return {
    businessId: record.businessId,
    tenantId: record.tenantId,
    productId: record.productId,
    name: record.name,
    versionNumber: record.versionNumber,
    kind: record.kind,
    revisionId: record.revisionId,
    createTime: record.createTime,
    updateTime: record.updateTime,
    published: record.published,
    description: record.description,
    versionDesc: record.versionDesc,
    handler: record.handler,
    runtime: record.runtime,
    cpu: record.cpu,
    memory: record.memory,
    timeout: record.timeout,
    minInstance: record.minInstance,
    maxInstance: record.maxInstance,
    concurrentNum: record.concurrentNum,
    environment: record.environment,
    customResources: record.customResources,
    tags: record.tags,
    storageType: record.storageType,
    codePath: record.codePath,
    codeSize: record.codeSize,
    s3CodePath: record.s3CodePath,
    layers: record.layers,
    device: record.device,
    enableMetrics: record.enableMetrics,
    poolId: record.poolId,
    priorityAz: record.priorityAz,
    sandboxType: record.sandboxType,
    rootfs: record.rootfs,
    status: record.status,
    extendedHandler: record.extendedHandler,
    extendedTimeout: record.extendedTimeout,
  }
}

/**
 * A record's data with every field present and undefined, to `Object.assign` a write's sources onto:
 * a target that has its shape already takes each field in place. Onto `{}` the assign grew the object
 * key by key, copying its property array about a dozen times (~2.8 kB per create, issue 25).
 */
export function toBlankVersionData(): VersionData {
  // toVersionData's own field list, read from an empty object: one list of the fields, one shape.
  return toVersionData({} as VersionData)
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
