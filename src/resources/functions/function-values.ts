import { toGoMap } from '../../go/go-map.js'
import type { VersionRecord } from '../../model/version-record.js'
import { toStoredLayers } from './check-layers.js'
import { toDevice, toRecordUrns } from './nested-shapes.js'

/**
 * How the real server fills a response object. `list`: the list-style builder (versions list,
 * function list, create, update): storage fields, `layers`, `customResources`, `status`,
 * `lastModified` and `created` stay empty. `detail`: `buildFunctionVersionInfo` (get). `publish`:
 * the same builder, but publish never reads the status record: it answers the status stored in
 * the record (empty, or `unavailable` once an update stored it).
 */
export type ValueStyle = 'list' | 'detail' | 'publish'

/** The status every function reads back: no other component writes status records here. */
export const FUNCTION_STATUS = 'unavailable'

/** Every value any response shape can carry for a record; the shapes pick and order them. */
export function toFunctionValues(record: VersionRecord, style: ValueStyle): Record<string, unknown> {
  const { functionUrn, versionUrn } = toRecordUrns(record)
  const detail = style !== 'list'
  const created = detail ? record.createTime : ''
  return {
    id: versionUrn,
    createTime: record.createTime,
    updateTime: record.updateTime,
    functionUrn,
    name: record.name,
    tenantId: record.tenantId,
    businessId: record.businessId,
    productId: record.productId,
    reversedConcurrency: 0,
    description: record.description,
    tag: toGoMap(record.tags),
    functionVersionUrn: versionUrn,
    revisionId: record.revisionId,
    storageType: detail ? record.storageType : '',
    codeSize: record.codeSize,
    codeSha256: record.s3CodePath.sha512,
    codePath: detail ? record.codePath : '',
    bucketId: record.s3CodePath.bucketId,
    objectId: record.s3CodePath.objectId,
    handler: record.handler,
    layers: detail && record.layers.length > 0 ? record.layers : null,
    cpu: record.cpu,
    memory: record.memory,
    runtime: record.runtime,
    timeout: record.timeout,
    versionNumber: record.versionNumber,
    versionDesc: record.versionDesc,
    environment: toGoMap(record.environment),
    customResources: detail ? toGoMap(record.customResources) : null,
    statefulFlag: 0,
    lastModified: detail ? record.updateTime || created : '',
    Published: record.published,
    minInstance: record.minInstance,
    maxInstance: record.maxInstance,
    concurrentNum: record.concurrentNum,
    enableMetrics: record.enableMetrics,
    funcLayer: detail ? null : toStoredLayers(record.layers).map((layer, order) => ({ ...layer, order })),
    status: style === 'detail' ? FUNCTION_STATUS : style === 'publish' ? record.status : '',
    instanceNum: 0,
    device: toDevice(record.device),
    kind: record.kind,
    rootfs: record.rootfs,
    // Only the list-style builder (`buildFunctionVersionEntity`) copies it; get and publish leave it empty.
    priorityAz: detail ? '' : record.priorityAz,
    sandboxType: record.sandboxType,
    created,
  }
}
