import type { VersionRecord } from '../model/version-record.js'
import { toDevice, toEmptyRootfs, toRecordUrns } from './record-urns.js'

/**
 * `model.FunctionVersion` as the list-style builder fills it (reference §5.4): admin results
 * and the items of `GET /functions`. `storageType`, `codePath`, `lastModified` and `status`
 * stay empty; `layers` and `customResources` are null.
 */
export function toFunctionVersion(record: VersionRecord): Record<string, unknown> {
  const { functionUrn, versionUrn } = toRecordUrns(record)
  return {
    createTime: record.createTime,
    updateTime: record.updateTime,
    functionUrn,
    name: record.name,
    tenantId: record.tenantId,
    businessId: record.businessId,
    productId: record.productId,
    reversedConcurrency: 0,
    description: record.description,
    tag: record.tags,
    functionVersionUrn: versionUrn,
    revisionId: record.revisionId,
    storageType: '',
    codeSize: record.codeSize,
    codeSha256: record.s3CodePath.sha512,
    codePath: '',
    bucketId: record.s3CodePath.bucketId,
    objectId: record.s3CodePath.objectId,
    handler: record.handler,
    layers: null,
    cpu: record.cpu,
    memory: record.memory,
    runtime: record.runtime,
    timeout: record.timeout,
    versionNumber: record.versionNumber,
    versionDesc: record.versionDesc,
    environment: record.environment,
    customResources: null,
    statefulFlag: 0,
    lastModified: '',
    Published: record.published,
    minInstance: record.minInstance,
    maxInstance: record.maxInstance,
    concurrentNum: record.concurrentNum,
    enableMetrics: record.enableMetrics,
    funcLayer: record.layers.map((urn, order) => ({ name: urn, version: 0, order })),
    status: '',
    instanceNum: 0,
    device: toDevice(record.device),
    ...(record.kind ? { kind: record.kind } : {}),
    rootfs: toEmptyRootfs(),
    ...(record.priorityAz ? { priorityAz: record.priorityAz } : {}),
    sandboxType: record.sandboxType,
  }
}
