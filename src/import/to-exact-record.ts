import { EMPTY_ROOTFS } from '../model/rootfs.js'
import type { VersionRecord } from '../model/version-record.js'

type Shape = Record<string, unknown>

const str = (value: unknown) => (typeof value === 'string' ? value : '')
const int = (value: unknown) => (typeof value === 'number' ? value : 0)
const map = <T>(value: unknown) => (value !== null && typeof value === 'object' ? (value as T) : null)

/** The rootfs an answer shows, with Go's zero values for the keys its release lacks (0.8.0: `user`…). */
function toRootfs(answered: unknown): VersionRecord['rootfs'] {
  const rootfs = map<Shape>(answered)
  if (rootfs === null) return EMPTY_ROOTFS
  const storageInfo = { ...EMPTY_ROOTFS.storageInfo, ...map<Shape>(rootfs.storageInfo) }
  return { ...EMPTY_ROOTFS, ...rootfs, storageInfo } as VersionRecord['rootfs']
}

/**
 * The stored record behind a version, from its list element (`FunctionVersion`) and its admin detail
 * (`FunctionGetResponse`, which alone shows storage, code path, layers and custom resources). Fields
 * no answer shows (the code's bucket URL and token, the pool id) stay empty: no answer can tell them.
 * `modRevision` and `writeOrder` come from the record's place in the tenant's list, newest first.
 */
export function toExactRecord(
  detail: Shape,
  place: { modRevision: number; writeOrder: number },
): VersionRecord {
  return {
    businessId: str(detail.businessId),
    tenantId: str(detail.tenantId),
    productId: str(detail.productId),
    name: str(detail.name),
    versionNumber: str(detail.versionNumber),
    kind: str(detail.kind),
    revisionId: str(detail.revisionId),
    createTime: str(detail.createTime),
    updateTime: str(detail.updateTime),
    published: str(detail.Published),
    description: str(detail.description),
    versionDesc: str(detail.versionDesc),
    handler: str(detail.handler),
    runtime: str(detail.runtime),
    cpu: int(detail.cpu),
    memory: int(detail.memory),
    timeout: int(detail.timeout),
    minInstance: int(detail.minInstance),
    maxInstance: int(detail.maxInstance),
    concurrentNum: int(detail.concurrentNum),
    environment: map<Record<string, string>>(detail.environment) ?? {},
    customResources: map<Record<string, number>>(detail.customResources),
    tags: map<Record<string, string>>(detail.tag),
    storageType: str(detail.storageType),
    codePath: str(detail.codePath),
    codeSize: int(detail.codeSize),
    s3CodePath: {
      bucketId: str(detail.bucketId),
      objectId: str(detail.objectId),
      bucketUrl: '',
      token: '',
      sha512: str(detail.codeSha256),
    },
    layers: Array.isArray(detail.layers) ? detail.layers.map(String) : [],
    device: map<Record<string, unknown>>(detail.device) ?? {},
    enableMetrics: detail.enableMetrics === true,
    poolId: '',
    priorityAz: str(detail.priorityAz),
    sandboxType: str(detail.sandboxType),
    rootfs: toRootfs(detail.rootfs),
    // No answer shows the stored status; an update stores `unavailable`, so an updated record has it.
    status: str(detail.updateTime) === '' ? '' : 'unavailable',
    modRevision: place.modRevision,
    writeOrder: place.writeOrder,
  }
}
