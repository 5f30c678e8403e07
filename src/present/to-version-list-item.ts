import type { VersionRecord } from '../model/version-record.js'
import { toDevice, toListFuncLayers, toRecordUrns } from './record-urns.js'

/**
 * One element of the non-admin versions list (`model.GetFunctionResponse`, reference §5.2):
 * exactly the real server's keys, in Go's order, with the values this code path fills.
 */
export function toVersionListItem(record: VersionRecord): Record<string, unknown> {
  const { functionUrn, versionUrn } = toRecordUrns(record)
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
    lastModified: '',
    Published: record.published,
    minInstance: record.minInstance,
    maxInstance: record.maxInstance,
    concurrentNum: record.concurrentNum,
    status: '',
    instanceNum: 0,
    tag: record.tags,
    functionVersionUrn: versionUrn,
    revisionId: record.revisionId,
    codeSize: record.codeSize,
    codeSha256: record.s3CodePath.sha512,
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
    funcLayer: toListFuncLayers(record.layers),
    device: toDevice(record.device),
    ...(record.kind ? { kind: record.kind } : {}),
    created: '',
  }
}
