import { toFunctionUrn, toVersionUrn } from '../../model/urn.js'
import type { VersionRecord } from '../../model/version-record.js'

/** The function and version URNs of a stored record. */
export function toRecordUrns(record: VersionRecord): { functionUrn: string; versionUrn: string } {
  return {
    functionUrn: toFunctionUrn(record, record.name),
    versionUrn: toVersionUrn(record, record.name, record.versionNumber),
  }
}

/** `types.Device`'s fields in their declaration order, the order Go writes them in. */
const DEVICE_FIELDS = ['model', 'hbm', 'type', 'count', 'latency', 'stream'] as const

/** The `device` object as Go writes it: a struct (always present), its fields in order, empty ones omitted. */
export function toDevice(device: VersionRecord['device']): Record<string, unknown> {
  const present: Record<string, unknown> = {}
  for (const field of DEVICE_FIELDS) if (!isGoEmpty(device[field])) present[field] = device[field]
  return present
}

/** The `funcLayer` entries of the versions list: the stored version is lost to a JSON key mismatch. */
export function toListFuncLayers(layers: readonly string[]): unknown[] {
  return layers.map((urn) => ({
    // `InterceptNameAndVersionFromLayerURN`: the second last of seven or more parts
    name: urn.split(':').at(-2) ?? '',
    versionNumber: 0,
    layerUrn: '',
    layerVersionUrn: '',
    layerSize: 0,
    layerSha256: '',
    createTime: '0001-01-01T00:00:00Z',
    updateTime: '0001-01-01T00:00:00Z',
    compatibleRuntimes: null,
    description: '',
    licenseInfo: '',
  }))
}

function isGoEmpty(value: unknown): boolean {
  return value === '' || value === 0 || value === false || value === null || value === undefined
}

/**
 * A record as a list shows it: lists answer from etcd's keys (`…/<business>/<tenant>/<product>/<name>/
 * <version>/`), decoded by splitting on `/`, so a `/` in the tenant or product header shifts the parts:
 * tenant `a/x` reads back as tenant `a`, product `x`. Answers built from the request's own scope
 * (create, get, update, publish) keep the headers as they were.
 */
export function asListedFromKey(record: VersionRecord): VersionRecord {
  if (!record.tenantId.includes('/') && !record.productId.includes('/')) return record
  const [tenantId = '', productId = ''] = `${record.tenantId}/${record.productId}`.split('/')
  return { ...record, tenantId, productId }
}
