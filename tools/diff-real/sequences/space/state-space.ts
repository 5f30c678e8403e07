import {
  createBody,
  FUNCTIONS,
  PODPOOLS,
  RESERVE,
  type SequenceSpec,
  type Steps,
  spec,
  updateBody,
} from '../dsl.js'

const FN = '0@svc@rs'
const FN10 = '0@svc@rs1'

function faas(s: Steps, name: string, versions: readonly string[]): void {
  s.post(FUNCTIONS, createBody(name, { kind: 'faas' }))
  for (const versionNumber of versions) {
    s.post(`${FUNCTIONS}/${name}/versions`, { revisionId: '<rev#last>', versionNumber, kind: 'faas' })
  }
}

function reserve(version: string, label: string, extra: Record<string, unknown> = {}, funcName = FN) {
  return {
    funcName,
    version,
    instanceLabel: label,
    instanceConfigInfos: [{ maxInstance: 3, minInstance: 1 }],
    ...extra,
  }
}

const readAll = (s: Steps, versions: readonly string[], funcName = FN) => {
  for (const version of versions) s.get(RESERVE, { body: { funcName, version } })
}

/** Reserve-instance configurations after their function or version is deleted (keys are prefixes). */
const reserveAfterDeleteSpec = spec('space/state/reserve-after-delete', (s) => {
  const versions = ['latest', '1', '10', '2']
  faas(s, FN, ['1', '10', '2'])
  faas(s, FN10, ['1'])
  for (const version of versions)
    s.post(RESERVE, reserve(version, 'l1')).post(RESERVE, reserve(version, 'l10'))
  s.post(RESERVE, reserve('1', 'l1', {}, FN10))
  readAll(s, versions)
  s.delete(`${FUNCTIONS}/${FN}?versionNumber=1`)
  readAll(s, versions)
  readAll(s, ['1'], FN10)
  s.post(RESERVE, reserve('1', 'l2'))
  s.delete(RESERVE, { body: { funcName: FN, version: '10', instanceLabel: 'l1' } })
  readAll(s, versions)
  s.delete(`${FUNCTIONS}/${FN}`)
  readAll(s, versions)
  readAll(s, ['1'], FN10)
  faas(s, FN, ['1'])
  readAll(s, versions)
  s.post(RESERVE, reserve('latest', 'l3')).put(RESERVE, reserve('latest', 'l1'))
  readAll(s, ['latest', '1'])
})

/** Configurations in other tenants and products: what each scope can see and delete. */
const reserveScopesSpec = spec('space/state/reserve-scopes', (s) => {
  const p1 = { 'X-Product-ID': 'p1' }
  const other = { 'X-Tenant-ID': `${s.tenant}-o` }
  faas(s, FN, ['1'])
  s.post(RESERVE, reserve('1', 'a'))
  s.post(FUNCTIONS, createBody(FN, { kind: 'faas' }), { headers: p1 })
  s.post(RESERVE, reserve('latest', 'b'), { headers: p1 })
  for (const headers of [{}, p1, other, { 'X-Product-ID': '' }]) {
    s.get(RESERVE, { body: { funcName: FN, version: '1' }, headers })
    s.get(RESERVE, { body: { funcName: FN, version: 'latest' }, headers })
    s.post(RESERVE, reserve('latest', 'c'), { headers })
  }
  s.delete(`${FUNCTIONS}/${FN}`, { headers: p1 })
  for (const headers of [{}, p1]) s.get(RESERVE, { body: { funcName: FN, version: 'latest' }, headers })
  s.delete(RESERVE, { body: { funcName: FN, version: 'latest' }, headers: other })
})

/** The label limit counts only labels that start with `label` (the key prefix `…/label/label`). */
const labelLimitSpec = spec('space/state/reserve-label-limit', (s) => {
  faas(s, FN, [])
  for (let n = 0; n < 100; n++) s.post(RESERVE, reserve('latest', `label${n}`))
  s.post(RESERVE, reserve('latest', 'label100')).post(RESERVE, reserve('latest', 'other'))
  s.put(RESERVE, reserve('latest', 'label5')).post(RESERVE, reserve('latest', 'label5'))
  s.get(RESERVE, { body: { funcName: FN, version: 'latest' } })
  s.delete(RESERVE, { body: { funcName: FN, version: 'latest', instanceLabel: 'label1' } })
  s.post(RESERVE, reserve('latest', 'label100')).get(RESERVE, { body: { funcName: FN, version: 'latest' } })
})

/** Clusters and configurations in one request: default, repeated, unknown, empty. */
const reserveClustersSpec = spec('space/state/reserve-clusters', (s) => {
  faas(s, FN, [])
  const infos: unknown[] = [
    [{ clusterId: '', maxInstance: 1 }],
    [{ clusterId: 'cluster001', maxInstance: 1 }, { maxInstance: 2 }],
    [{ maxInstance: 1 }, { clusterId: 'c2', maxInstance: 2 }],
    [{ clusterId: '%d', maxInstance: 1 }],
    [{ clusterId: 'c'.repeat(65), maxInstance: 1 }],
    [{ maxInstance: 1001 }, { maxInstance: -1 }],
    [{ maxInstance: 1, minInstance: 2 }, { maxInstance: 1001 }],
    [{ maxInstance: 1, minInstance: 2 }],
    [{ maxInstance: 2, minInstance: 2 }],
  ]
  infos.forEach((instanceConfigInfos, index) => {
    s.post(RESERVE, reserve('latest', `c${index}`, { instanceConfigInfos }))
    s.put(RESERVE, reserve('latest', `c${index}`, { instanceConfigInfos }))
  })
  s.get(RESERVE, { body: { funcName: FN, version: 'latest' } })
})

/** The version limit (8 versions beyond the latest), reached, then freed by deletes. */
const versionLimitSpec = spec('space/state/version-limit', (s) => {
  s.post(FUNCTIONS, createBody('fn'))
  for (let n = 1; n <= 9; n++) {
    s.put(`${FUNCTIONS}/fn`, updateBody({ description: `d${n}` }))
    s.post(`${FUNCTIONS}/fn/versions`, { revisionId: '<rev#last>', versionNumber: `${n}` })
  }
  s.get(`${FUNCTIONS}/fn/versions?pageSize=20`)
  s.delete(`${FUNCTIONS}/fn?versionNumber=1`)
  s.post(`${FUNCTIONS}/fn/versions`, { revisionId: '<rev#last>', versionNumber: '1' })
  s.post(`${FUNCTIONS}/fn/versions`, { revisionId: '<rev#last>', versionNumber: '1' })
  s.delete(`${FUNCTIONS}/fn?versionNumber=$latest`).get(`${FUNCTIONS}/fn/versions`)
})

/** A storage type of s3 without bucket information cannot be published; with it, it can. */
const s3PublishSpec = spec('space/state/s3-publish', (s) => {
  const cases: Record<string, unknown>[] = [
    { storageType: 's3' },
    { storageType: 's3', s3CodePath: { bucketId: 'b' } },
    { storageType: 's3', s3CodePath: { objectId: 'o' } },
    { storageType: 's3', s3CodePath: { bucketId: 'b', objectId: 'o', bucketUrl: 'u' } },
    { storageType: 's3', codeUploadType: 's3' },
    { storageType: 'local', s3CodePath: { bucketId: 'b' } },
    { s3CodePath: { bucketId: 'b', objectId: 'o' } },
  ]
  cases.forEach((body, index) => {
    const name = `s${index}`
    s.post(`${FUNCTIONS}?isAdmin=${index % 2}`, createBody(name, body))
    s.post(`${FUNCTIONS}/${name}/versions`, { revisionId: '<rev#last>', versionNumber: '1' })
    s.put(`${FUNCTIONS}/${name}?isAdmin=1`, updateBody({ ...body, codeUploadType: 's3' }))
    s.post(`${FUNCTIONS}/${name}/versions`, { revisionId: '<rev#last>', versionNumber: '2' })
  })
})

/** Pod pools listed and deleted by id: the id is an etcd key, so ids that extend others come too. */
const poolPrefixSpec = spec('space/state/pool-id-prefix', (s) => {
  const u = s.unique
  const ids = [`${u}-a`, `${u}-a1`, `${u}-a10`, `${u}-ab`, `${u}-b`]
  s.post(PODPOOLS, { pools: ids.map((id) => ({ id, group: `${u}g`, size: 1 })) })
  for (const id of [`${u}-a`, `${u}-a1`, `${u}-`, u, `${u}-a&group=${u}g`, `${u}-a&group=${u}x`]) {
    s.get(`${PODPOOLS}?id=${id}`)
  }
  s.get(`${PODPOOLS}?group=${u}`).get(`${PODPOOLS}?group=${u}g&limit=2&offset=2`)
  s.delete(`${PODPOOLS}?id=${u}-a1`).get(`${PODPOOLS}?group=${u}g`)
  s.delete(`${PODPOOLS}?id=${u}-a&group=${u}x`).delete(`${PODPOOLS}?id=${u}-a`)
  s.get(`${PODPOOLS}?group=${u}g`).delete(`${PODPOOLS}?group=${u}`).delete(`${PODPOOLS}?group=${u}g`)
  s.get(`${PODPOOLS}?id=${u}-b`)
})

export const stateSpaceSpecs: SequenceSpec[] = [
  reserveAfterDeleteSpec,
  reserveScopesSpec,
  labelLimitSpec,
  reserveClustersSpec,
  versionLimitSpec,
  s3PublishSpec,
  poolPrefixSpec,
]
