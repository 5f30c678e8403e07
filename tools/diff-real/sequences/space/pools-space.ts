import { PODPOOLS, RESERVE, type SequenceSpec, type Steps, spec } from '../dsl.js'
import { type GoKind, valuesFor } from './go-values.js'

/** The fields of `model.Pool` (function_repo/model/podpool.go) and the values its checks single out. */
const POOL_FIELDS: Record<string, { kind: GoKind; special?: unknown[] }> = {
  group: { kind: 'string', special: ['G', 'g'.repeat(40), 'g'.repeat(41), '-g', 'g-', 'g_g'] },
  size: { kind: 'int', special: [2, 5] },
  max_size: { kind: 'int', special: [1, 2, 5] },
  ready_count: { kind: 'int' },
  status: { kind: 'int', special: [2, 4, 6] },
  msg: { kind: 'string' },
  image: { kind: 'string', special: ['i'.repeat(200), 'i'.repeat(201), 'é'.repeat(100), 'é'.repeat(101)] },
  init_image: { kind: 'string', special: ['i'.repeat(201)] },
  reuse: { kind: 'bool' },
  labels: { kind: 'map-string' },
  environment: { kind: 'map-string' },
  resources: {
    kind: 'struct',
    special: [{ requests: { b: '1', a: '2' } }, { limits: 'x' }, { requests: { a: null } }],
  },
  volumes: { kind: 'string' },
  volume_mounts: { kind: 'string' },
  affinities: { kind: 'string' },
  runtime_class_name: { kind: 'string', special: ['r'.repeat(64), 'r'.repeat(65)] },
  node_selector: { kind: 'map-string' },
  tolerations: { kind: 'string' },
  horizontal_pod_autoscaler_spec: { kind: 'string', special: ['{"a":1}'] },
  topology_spread_constraints: { kind: 'string' },
  pod_pending_duration_threshold: { kind: 'int', special: [-1, 30] },
  idle_recycle_time: { kind: 'struct', special: [{ reserved: -2 }, { scaled: -2 }, { reserved: 'x' }] },
  scalable: { kind: 'bool' },
}

function poolFieldSpec(field: string, kind: GoKind, special: readonly unknown[]): SequenceSpec {
  return spec(`space/pools/field-${field}`, (s) => {
    const values = [...special, ...valuesFor(kind)]
    values.forEach((value, index) => {
      const id = `${s.unique}-${index}`
      s.post(PODPOOLS, { pools: [{ id, group: `${s.unique}g`, size: 1, [field]: value }] })
    })
    s.get(`${PODPOOLS}?group=${s.unique}g&limit=100`)
  })
}

/** Ids at the edges of the id rule, and text that goes through fmt twice (`%`). */
const idsSpec = spec('space/pools/ids', (s) => {
  const u = s.unique
  for (const id of [`${u}%d`, `${u}-中`, `${u}-${'x'.repeat(30)}`, `${u}-${'x'.repeat(40)}`, '', `${u}-.`]) {
    s.post(PODPOOLS, { pools: [{ id, group: `${u}g` }] })
  }
  s.post(PODPOOLS, {
    pools: [
      { id: `${u}-g1`, group: '%d' },
      { id: `${u}-g2`, group: 'a%' },
    ],
  })
  s.post(PODPOOLS, {
    pools: [{ id: `${u}-m1`, size: -1 }, { id: `${u}-m2`, max_size: -1, size: 1 }, { id: '%s' }],
  })
  for (const query of [`?id=${u}%25d`, '?limit=%25d', '?offset=%25d', '?limit=%E4%B8%AD'])
    s.get(`${PODPOOLS}${query}`)
  s.put(`${PODPOOLS}/${u}%25d`, { size: 1 }).delete(`${PODPOOLS}?id=${u}%25d`)
})

/**
 * Updates by status and scalability: the size and max_size rules of `UpdatePodPool`. An update
 * leaves the pool in status 3 (no more updates), so each body gets a pool of its own.
 */
const updateRulesSpec = spec('space/pools/update-rules', (s) => {
  const u = s.unique
  const kinds = [
    { key: 'f', size: 2, status: 1 },
    { key: 's', size: 1, max_size: 4, status: 1 },
    { key: 'h', size: 1, status: 1, horizontal_pod_autoscaler_spec: '{"m":1}' },
    { key: 'z', size: 0, status: 5 },
  ]
  const bodies: Record<string, unknown>[] = [
    { size: 0 },
    { size: 3 },
    { size: 3, max_size: 2 },
    { size: 3, max_size: 5 },
    { size: 1, max_size: 0 },
    { max_size: 6 },
    { size: 2, horizontal_pod_autoscaler_spec: '{"x":2}' },
    { size: 2, max_size: 2, horizontal_pod_autoscaler_spec: 'h' },
    { id: 'other', size: 1 },
  ]
  for (const { key, ...pool } of kinds) {
    const ids = bodies.map((_, n) => `${u}-${key}${n}`)
    s.post(PODPOOLS, { pools: ids.map((id) => ({ ...pool, id, group: `${u}g` })) })
    for (const [n, body] of bodies.entries())
      s.put(`${PODPOOLS}/${ids[n]}`, body).get(`${PODPOOLS}?id=${ids[n]}`)
  }
})

/** Deleting a group of more pools than etcd takes in one transaction (128 operations by default). */
const bigGroupSpec = spec('space/pools/big-group', (s) => {
  const u = s.unique
  const pools = (from: number, count: number) =>
    Array.from({ length: count }, (_, n) => ({ id: `${u}-${from + n}`, group: `${u}g` }))
  s.post(PODPOOLS, { pools: pools(0, 128) })
  s.get(`${PODPOOLS}?group=${u}g&limit=1`).delete(`${PODPOOLS}?group=${u}g`)
  s.post(PODPOOLS, { pools: pools(200, 129).map((pool) => ({ ...pool, group: `${u}h` })) })
  s.delete(`${PODPOOLS}?group=${u}h`).get(`${PODPOOLS}?group=${u}h&limit=1&offset=130`)
})

function reserveField(s: Steps, field: string, values: readonly unknown[]): void {
  values.forEach((value, index) => {
    const body = {
      funcName: '0@svc@fn',
      version: 'latest',
      instanceLabel: `l${index}`,
      instanceConfigInfos: [{ maxInstance: 1 }],
      [field]: value,
    }
    s.post(RESERVE, body).put(RESERVE, body).delete(RESERVE, { body }).get(RESERVE, { body })
  })
}

/** Every field of the reserve-instance bodies with every value of its Go kind, on all four methods. */
const reserveFieldsSpec = (['funcName', 'version', 'instanceLabel', 'instanceConfigInfos'] as const).map(
  (field) =>
    spec(`space/reserve/field-${field}`, (s) => {
      s.post('/serverless/v1/functions', {
        name: '0@svc@fn',
        runtime: 'python3.9',
        cpu: 500,
        memory: 256,
        timeout: 30,
        kind: 'faas',
      })
      const kind: GoKind = field === 'instanceConfigInfos' ? 'struct-slice' : 'string'
      const special =
        field === 'instanceConfigInfos'
          ? [[{ clusterId: 1 }], [{ maxInstance: '1' }], [{ minInstance: 1.5 }], [{ maxInstance: null }]]
          : ['0@s@f', '0@S@f-', 'l.a_b-c', 'a'.repeat(63), 'a'.repeat(64), '中']
      reserveField(s, field, [...special, ...valuesFor(kind)])
    }),
)

export const poolsSpaceSpecs: SequenceSpec[] = [
  ...Object.entries(POOL_FIELDS).map(([field, { kind, special }]) =>
    poolFieldSpec(field, kind, special ?? []),
  ),
  idsSpec,
  updateRulesSpec,
  bigGroupSpec,
  ...reserveFieldsSpec,
]
