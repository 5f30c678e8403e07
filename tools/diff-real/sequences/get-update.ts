import { createBody, FUNCTIONS, type SequenceSpec, spec, updateBody } from './dsl.js'

const F = `${FUNCTIONS}/fn`

/** Update fields: each value sent in one PUT with the current revision, then read back. */
const UPDATE_CASES: Record<string, unknown[]> = {
  cpu: [0, 299, 16001, '600', null],
  memory: [0, 127, 1073741825, null],
  timeout: [0, -1, 8640001, null],
  handler: ['', 'h'.repeat(65), 'new.handler'],
  description: ['', 'changed', 'd'.repeat(1025)],
  minInstance: ['2', '-1', 'x'],
  maxInstance: ['10', '1001'],
  concurrentNum: ['0', '50'],
  runtime: ['java8', 'bad'],
  environment: [{ K: 'v' }, {}, 'x'],
  customResources: [{ npu: 2 }, {}, null],
  layers: [['sn:cn:yrk:default:layer:l:1'], ['a']],
  rootfs: [{ type: 'image', imageurl: 'img' }, {}, { path: '/p' }, { mounts: [{ source: 1 }] }],
  idleTime: [5, 'x'],
  device: [{ hbm: 1.5 }, { model: 'm', count: 1 }],
  extendedMetaData: [{ role: 5 }],
  storageType: ['s3'],
  poolId: ['pool-2', 'BAD_'],
  kind: ['faas'],
  name: ['renamed'],
}

function updateFieldSpec(field: string, values: unknown[]): SequenceSpec {
  return spec(`update/field-${field}`, (s) => {
    s.post(
      FUNCTIONS,
      createBody('fn', { description: 'orig', handler: 'h', minInstance: '1', environment: { A: 'a' } }),
    )
    for (const value of values) s.put(F, updateBody({ [field]: value })).get(F)
  })
}

export const getUpdateSpecs: SequenceSpec[] = [
  spec('get/qualifiers-and-versions', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
    s.post(`${F}/versions`, { revisionId: '<rev#last>', versionNumber: '1' })
    for (const query of [
      '',
      '?versionNumber=1',
      '?versionNumber=2',
      '?versionNumber=$latest',
      '?versionNumber=latest',
      '?qualifier=1',
      '?qualifier=v1',
      '?qualifier=$latest',
      '?qualifier=bad!',
      '?qualifier=',
      '?versionNumber=',
      '?kind=faas',
      '?kind=yrlib',
      '?isAdmin=1',
      '?isAdmin=false&versionNumber=1',
      '?versionNumber=1&qualifier=2',
      '?versionNumber=a..b',
      '?versionNumber=%24latest',
    ]) {
      s.get(`${F}${query}`)
    }
  }),
  spec('get/names-and-urns', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
    const tenant = s.tenant
    for (const name of [
      'fn',
      'missing',
      '-bad',
      'a'.repeat(129),
      '0-svc-fn',
      '0@svc@fn',
      'x:y',
      `sn:cn:yrk:${tenant}:function:fn`,
      `sn:cn:yrk:${tenant}:function:fn:$latest`,
      `sn:cn:yrk:${tenant}:function:fn:1`,
      `sn:cn:yrk:other:function:fn`,
      `sn:cn:yrk:${tenant}:function:-x`,
      `sn:cn:yrk:${tenant}:function:fn:bad!`,
      'a:b:c:d:e:f:g:h',
    ]) {
      s.get(`${FUNCTIONS}/${name}`)
    }
  }),
  spec('get/not-found-messages', (s) => {
    for (const name of ['0-test-aa', '0@svc@aa', 'plain', '0-a-b-c'])
      s.get(`${FUNCTIONS}/${name}`).delete(`${FUNCTIONS}/${name}`)
  }),
  ...Object.entries(UPDATE_CASES).map(([field, values]) => updateFieldSpec(field, values)),
  spec('update/revision-and-missing', (s) => {
    s.put(`${FUNCTIONS}/missing`, updateBody({ revisionId: '1' }))
    s.post(FUNCTIONS, createBody('fn'))
    s.put(F, updateBody({ revisionId: '20200101000000' })).put(F, updateBody({ revisionId: '' }))
    s.put(F, { cpu: 600, memory: 512, timeout: 60 })
      .put(F, updateBody())
      .put(F, updateBody())
      .get(`${F}?isAdmin=1`)
    s.put(`${F}?isAdmin=1`, updateBody()).put(`${F}?kind=faas`, updateBody())
  }),
  spec('update/malformed-bodies', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
    for (const body of ['', '{', 'null', '[]', '{"revisionId":1}', '{"cpu":"x"}']) s.put(F, body)
    s.add('PUT', F)
      .put(`${FUNCTIONS}/-bad`, updateBody())
      .put(`${FUNCTIONS}/sn:cn:yrk:x:function:fn`, updateBody())
  }),
  spec('update/omitted-instances-reset', (s) => {
    s.post(FUNCTIONS, createBody('fn', { minInstance: '3', maxInstance: '7', concurrentNum: '9' }))
    s.put(F, updateBody())
      .get(F)
      .put(F, updateBody({ minInstance: '1' }))
      .get(F)
      .get(`${F}/versions`)
  }),
]
