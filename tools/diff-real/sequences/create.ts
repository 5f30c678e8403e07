import { createBody, FUNCTIONS, type SequenceSpec, spec } from './dsl.js'

const MAX_NAME = `a${'b'.repeat(126)}c`

/** Field values to try on create: wrong types, empty values and both sides of every boundary. */
const FIELD_CASES: Record<string, unknown[]> = {
  name: [
    '',
    'a',
    MAX_NAME,
    `${MAX_NAME}d`,
    '-a',
    'a-',
    'A.b',
    'a_b',
    'a:b',
    '0@svc@fn',
    '0@svc@',
    '0@@fn',
    `0@${'s'.repeat(16)}@fn`,
    `0@${'s'.repeat(17)}@fn`,
    '0-svc-fn',
    '0-SVC-fn',
    '1@svc@fn',
    'a b',
    42,
    null,
  ],
  runtime: [
    '',
    'python3.9',
    'java1.8',
    'java8',
    'cpp11',
    'go1.13',
    'custom runtime',
    'posix-custom-runtime',
    'nodejs10.15.2',
    'python3.14',
    'python2.7',
    'PYTHON3.9',
    3,
    null,
  ],
  cpu: [0, 299, 300, 16000, 16001, -1, 500.5, '500', null, true],
  memory: [0, 127, 128, 1073741824, 1073741825, -5, 256.5, '256', null],
  timeout: [0, -1, 1, 8640000, 8640001, 900, 30.5, '30', null],
  handler: ['', 'h'.repeat(64), 'h'.repeat(65), 'main.handler', 7],
  description: ['', 'd'.repeat(1024), 'd'.repeat(1025), '<b>&amp;</b>', '中文描述', 1],
  minInstance: ['0', '-1', '5', '1000', 'abc', '', 0, null],
  maxInstance: ['0', '1', '1000', '1001', '-1', 'x', '', 100],
  concurrentNum: ['0', '1', '1000', '1001', 'n', '', 1],
  kind: ['', 'faas', 'yrlib', 'agent', 'other', 1],
  environment: [{}, { A: 'b' }, { A: 1 }, [], 'x', null],
  customResources: [{}, { gpu: 1.5 }, { gpu: 'x' }, [], null],
  tags: [{}, { t: 'v' }, { t: 1 }, 'x', null],
  layers: [
    [],
    ['sn:cn:yrk:default:layer:l:1'],
    ['a', 'b'],
    'x',
    null,
    ['a'],
    ['sn:cn:yrk:default:layer:l:v'],
  ],
  poolId: ['', 'pool-1', 'Pool_1', 'p'.repeat(40), 'p'.repeat(41), 1],
  poolType: ['', 'custom', 'other'],
  storageType: ['', 'local', 's3', 'copy', 'working_dir', 'other', 1],
  codePath: ['', '/tmp/code', 1],
  s3CodePath: [{}, { bucketId: 'b', objectId: 'o', bucketUrl: 'u', token: 't', sha512: 'abc' }, 'x'],
  device: [{}, { model: 'm', hbm: 1, type: 't', count: 2 }, 'x', { hbm: 1.5 }, { latency: 'x' }],
  reversedConcurrency: [0, 5, 'x'],
  enableMetrics: [true, false, 'yes'],
  idleTime: [0, 10, -1, 'x'],
  extendedHandler: [{}, { initializer: 'i' }, 'x'],
  schedulePolicies: [[], [{ group: 'g', priority: 1 }], 'x'],
  unknownField: ['ignored', 1],
  rootfs: [
    {},
    { type: 'image', imageurl: 'img', ports: ['80'], mounts: [{ source: '/a', target: '/b' }] },
    { type: 'local', path: '/p', runtime: 'runc' },
    { type: 's3', storageInfo: { endpoint: 'e', bucket: 'b', object: 'o' } },
    { type: 's3', storageInfo: { endpoint: 'e' } },
    { path: '/p' },
    { imageurl: 'i', type: 'local' },
    { type: 'local' },
    { storageInfo: { bucket: 'b' } },
    { type: 'other' },
    { readonly: true },
    { mountpoint: '/m' },
    { mounts: [{ source: 1 }] },
    'x',
    null,
  ],
  extendedMetaData: [{}, { role: { xrole: 'r' } }, { role: 5 }, { func_vpc: { id: 1 } }, 'x'],
  autoScaleConfig: [{ slaQuota: 1 }, { slaQuota: 'x' }],
  warmup: ['w', 1],
  isFuncPublic: [true, 'x'],
  hookHandler: [{ call: 'c' }, { call: 1 }],
  extendedTimeout: [{ a: 1 }, { a: 'x' }],
}

/** One create per value (each followed by a GET of what was stored), in one tenant per field. */
function fieldSpec(field: string, values: unknown[]): SequenceSpec {
  return spec(`create/field-${field}`, (s) => {
    values.forEach((value, index) => {
      const name = field === 'name' ? value : `f${index}`
      s.post(FUNCTIONS, createBody(`f${index}`, { [field]: value }))
      if (typeof name === 'string' && /^[^\s:]+$/.test(name)) s.get(`${FUNCTIONS}/${name}?isAdmin=1`)
    })
  })
}

/** Each required field left out, and bodies that are not a create object at all. */
const shapeSpecs: SequenceSpec[] = [
  spec('create/missing-fields', (s) => {
    for (const field of ['name', 'runtime', 'cpu', 'memory', 'timeout']) {
      const body = createBody(`m-${field}`)
      delete body[field]
      s.post(FUNCTIONS, body)
    }
  }),
  spec('create/malformed-bodies', (s) => {
    for (const body of [
      '',
      ' ',
      '{',
      '{]',
      'null',
      '[]',
      '"x"',
      '1',
      'true',
      '{"name":"a",}',
      '{"name":"a"}x',
    ]) {
      s.post(FUNCTIONS, body)
    }
    s.add('POST', FUNCTIONS)
    s.post(FUNCTIONS, JSON.stringify(createBody('ct')), { headers: { 'Content-Type': 'text/plain' } })
  }),
  spec('create/duplicate-and-admin', (s) => {
    s.post(FUNCTIONS, createBody('dup')).post(FUNCTIONS, createBody('dup'))
    s.post(`${FUNCTIONS}?isAdmin=true`, createBody('adm')).post(
      `${FUNCTIONS}?isAdmin=true`,
      createBody('adm'),
    )
    s.post(`${FUNCTIONS}?isAdmin=`, createBody('adm2'))
      .get(`${FUNCTIONS}/dup`)
      .get(`${FUNCTIONS}/adm?isAdmin=1`)
  }),
  spec('create/faas-kind-and-runtime-mapping', (s) => {
    s.post(FUNCTIONS, createBody('0@svc@fa', { kind: 'faas', runtime: 'java1.8' }))
    s.post(FUNCTIONS, createBody('yl', { kind: 'yrlib', runtime: 'java8' }))
    s.get(`${FUNCTIONS}/0@svc@fa`)
      .get(`${FUNCTIONS}/0@svc@fa?kind=faas`)
      .get(`${FUNCTIONS}/0@svc@fa?versionNumber=latest`)
    s.get(`${FUNCTIONS}/yl`).get(`${FUNCTIONS}/0@svc@fa/versions`).get(`${FUNCTIONS}/yl/versions`)
  }),
  spec('create/min-max-instance-relations', (s) => {
    s.post(FUNCTIONS, createBody('r1', { minInstance: '5', maxInstance: '3' }))
    s.post(FUNCTIONS, createBody('r2', { minInstance: '3', maxInstance: '3' }))
    s.post(FUNCTIONS, createBody('r3', { minInstance: '1001', maxInstance: '1001' }))
    s.post(FUNCTIONS, createBody('r4', { poolType: 'custom', cpu: 1, memory: 1 }))
    s.post(FUNCTIONS, createBody('r5', { device: { model: 'm' }, cpu: 1, memory: 1 }))
    s.get(`${FUNCTIONS}?name=r`)
  }),
]

export const createSpecs: SequenceSpec[] = [
  ...Object.entries(FIELD_CASES).map(([field, values]) => fieldSpec(field, values)),
  ...shapeSpecs,
]
