import { PODPOOLS, type SequenceSpec, type Steps, spec } from './dsl.js'

/**
 * Pod pools are global on the real server (keyed by id only, not by tenant), so every id and group
 * here starts with the sequence's unique prefix, and lists are filtered by id or group.
 */
function pool(s: Steps, suffix: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: `${s.unique}-${suffix}`, group: `${s.unique}g`, size: 1, ...extra }
}

const POOL_CASES: Record<string, unknown[]> = {
  id: ['', 'UP', '-a', 'a-', 'a_b', 'x'.repeat(38), 'x'.repeat(41), 1],
  group: ['', 'G-1', '-g', 'g_g', 'g'.repeat(41), 1],
  size: [0, -1, 5, 'x'],
  max_size: [0, 1, 3, -1],
  horizontal_pod_autoscaler_spec: ['', '{"a":1}'],
  idle_recycle_time: [{ reserved: -1, scaled: -1 }, { reserved: -2 }, { scaled: -2 }, 'x'],
  image: ['', 'i'.repeat(200), 'i'.repeat(201)],
  init_image: ['i'.repeat(201)],
  runtime_class_name: ['r'.repeat(64), 'r'.repeat(65)],
  pod_pending_duration_threshold: [0, -1, 30],
  labels: [{ a: 'b' }, { a: 1 }],
  resources: [{ requests: { cpu: '1' }, limits: { memory: '1Gi' } }, 'x'],
  status: [0, 1, 2, 3],
  scalable: [true],
}

function idFor(s: Steps, field: string, index: number, value: unknown): unknown {
  if (field !== 'id') return `${s.unique}-${index}`
  return typeof value === 'string' && value.length > 3 ? `${s.unique}${value}`.slice(0, value.length) : value
}

export const podpoolSpecs: SequenceSpec[] = [
  ...Object.entries(POOL_CASES).map(([field, values]) =>
    spec(`podpools/field-${field}`, (s) => {
      values.forEach((value, index) => {
        const body = { ...pool(s, String(index)), [field]: value, id: idFor(s, field, index, value) }
        if (field === 'group') body.group = value
        s.post(PODPOOLS, { pools: [body] })
      })
      s.get(`${PODPOOLS}?group=${s.unique}g`).get(`${PODPOOLS}?id=${s.unique}-0`)
    }),
  ),
  spec('podpools/lifecycle', (s) => {
    const id = `${s.unique}-p`
    s.post(PODPOOLS, { pools: [pool(s, 'p', { max_size: 3, image: 'img', labels: { k: 'v' } })] })
    s.post(PODPOOLS, { pools: [pool(s, 'p')] }).get(`${PODPOOLS}?id=${id}`)
    s.put(`${PODPOOLS}/${id}`, { size: 2 })
      .put(`${PODPOOLS}/${id}`, { size: -1 })
      .put(`${PODPOOLS}/${id}`, { max_size: -1 })
    s.put(`${PODPOOLS}/${s.unique}-none`, { size: 1 })
      .put(`${PODPOOLS}/${id}`, '{')
      .put(`${PODPOOLS}/${id}`, '')
    s.delete(`${PODPOOLS}?id=${id}`).get(`${PODPOOLS}?id=${id}`).delete(`${PODPOOLS}?id=${id}`)
    s.put(`${PODPOOLS}/${id}`, { size: 1 }).post(PODPOOLS, { pools: [pool(s, 'p')] })
  }),
  spec('podpools/create-shapes', (s) => {
    for (const body of [
      '',
      '{',
      'null',
      '[]',
      '{}',
      '{"pools":[]}',
      '{"pools":null}',
      '{"pools":"x"}',
      '{"pools":[1]}',
    ]) {
      s.post(PODPOOLS, body)
    }
    s.add('POST', PODPOOLS)
    s.post(PODPOOLS, { pools: [pool(s, 'a'), pool(s, 'b', { size: -1 }), pool(s, 'c', { id: 'BAD' })] })
    s.post(PODPOOLS, { pools: [pool(s, 'd'), pool(s, 'd')] }).get(`${PODPOOLS}?group=${s.unique}g`)
  }),
  spec('podpools/list-paging', (s) => {
    s.post(PODPOOLS, { pools: ['a', 'b', 'c', 'd'].map((suffix) => pool(s, suffix)) })
    const g = `${PODPOOLS}?group=${s.unique}g`
    for (const query of [
      '',
      '&limit=2',
      '&limit=2&offset=1',
      '&limit=2&offset=2',
      '&limit=2&offset=3',
      '&offset=0',
      '&limit=0',
      '&limit=-1',
      '&offset=-1',
      '&limit=abc',
      '&offset=x',
      '&limit=',
      '&limit=1&offset=9',
    ]) {
      s.get(`${g}${query}`)
    }
    s.get(`${PODPOOLS}?id=${s.unique}-a&group=${s.unique}g`).get(`${PODPOOLS}?id=${s.unique}-a&group=other`)
    s.get(`${PODPOOLS}?id=${s.unique}-zz`).get(`${PODPOOLS}?group=${s.unique}none`)
  }),
  spec('podpools/delete-forms', (s) => {
    s.post(PODPOOLS, { pools: ['a', 'b'].map((suffix) => pool(s, suffix)) })
    s.delete(PODPOOLS).delete(`${PODPOOLS}?id=`).delete(`${PODPOOLS}?id=${s.unique}-none`)
    // Pools deleted together share a revision, and the real server lists them in a random order
    // (its transaction writes from a Go map): read them one by one.
    s.delete(`${PODPOOLS}?group=${s.unique}g`)
      .get(`${PODPOOLS}?id=${s.unique}-a`)
      .get(`${PODPOOLS}?id=${s.unique}-b&group=${s.unique}g`)
      .delete(`${PODPOOLS}?group=${s.unique}g`)
    s.post(PODPOOLS, { pools: [pool(s, 'a')] })
  }),
  spec('podpools/tenant-independence', (s) => {
    const id = `${s.unique}-t`
    s.post(PODPOOLS, { pools: [pool(s, 't')] })
    s.get(`${PODPOOLS}?id=${id}`, { headers: { 'X-Tenant-ID': `${s.tenant}-other` } })
    s.get(`${PODPOOLS}?id=${id}`, { noTenant: true }).delete(`${PODPOOLS}?id=${id}`, { noTenant: true })
  }),
]

/** Sequences beyond the first corpus: updates that succeed, Go's paging arithmetic, decoding corners. */
export const podpoolMoreSpecs: SequenceSpec[] = [
  spec('podpools/update-flow', (s) => {
    const [fixed, scalable, hpa] = ['f', 's', 'h'].map((suffix) => `${s.unique}-${suffix}`)
    s.post(PODPOOLS, {
      pools: [
        pool(s, 'f', { size: 2, status: 1 }),
        pool(s, 's', { size: 1, max_size: 4, status: 4 }),
        pool(s, 'h', { size: 1, status: 1, horizontal_pod_autoscaler_spec: '{"m":1}' }),
      ],
    })
    s.put(`${PODPOOLS}/${fixed}`, { size: 3, max_size: 9 }).get(`${PODPOOLS}?id=${fixed}`)
    s.put(`${PODPOOLS}/${fixed}`, { size: 1 })
    s.put(`${PODPOOLS}/${scalable}`, { size: 5, max_size: 3 }).put(`${PODPOOLS}/${scalable}`, { size: 2 })
    s.put(`${PODPOOLS}/${scalable}`, { size: 2 })
    s.get(`${PODPOOLS}?id=${scalable}`)
    s.put(`${PODPOOLS}/${hpa}`, { size: 2, max_size: 3, horizontal_pod_autoscaler_spec: 'x' })
    s.get(`${PODPOOLS}?id=${hpa}`)
    for (const body of ['null', '[]', '{"id":5}', '{"size":"x"}', '{"size":1.5}', '{"ID":"z","SIZE":1} x']) {
      s.put(`${PODPOOLS}/${hpa}`, body)
    }
    s.get(`${PODPOOLS}?group=${s.unique}g`)
    s.delete(`${PODPOOLS}?id=${hpa}`).put(`${PODPOOLS}/${hpa}`, { size: 1 })
  }),
  spec('podpools/list-bounds', (s) => {
    s.post(PODPOOLS, { pools: ['a', 'b', 'c'].map((suffix) => pool(s, suffix)) })
    const g = `${PODPOOLS}?group=${s.unique}g`
    for (const query of [
      '&limit=%2B1',
      '&limit=-0',
      '&limit=1.5',
      '&limit=%201',
      '&limit=%22q%22',
      '&limit=a%0Ab',
      '&limit=9223372036854775807',
      '&limit=9223372036854775808',
      '&limit=1&offset=9223372036854775807',
      '&limit=9223372036854775807&offset=2',
      '&limit=4611686018427387904&offset=3',
      '&limit=1&limit=2',
      '&offset=2&offset=x&limit=2',
      '&limit=3&offset=1',
      '&limit=2&offset=2',
    ]) {
      s.get(`${g}${query}`)
    }
  }),
  spec('podpools/create-defaults', (s) => {
    const id = (suffix: string) => `${s.unique}-${suffix}`
    s.post(PODPOOLS, {
      pools: [
        { id: id('n') },
        { id: id('m'), size: 0, max_size: 2 },
        { id: id('d'), group: `${s.unique}g`, status: 6, ready_count: 4, msg: '<a&b>', reuse: true },
        pool(s, 'k', { labels: { b: '1', a: '2' }, environment: {}, node_selector: { z: 'y' } }),
      ],
    })
    for (const suffix of ['n', 'm', 'd', 'k']) s.get(`${PODPOOLS}?id=${id(suffix)}`)
    s.post(PODPOOLS, { pools: [pool(s, 'd')] }).put(`${PODPOOLS}/${id('d')}`, { size: 1 })
    s.post(PODPOOLS, `{"pools":[{"ID":"${id('c')}","Size":2,"extra":1,"size":3}]} trailing`)
    s.get(`${PODPOOLS}?id=${id('c')}`)
    s.post(PODPOOLS, '{"pools":[null]}').post(PODPOOLS, { pools: [pool(s, 'u', { image: 'é'.repeat(101) })] })
    s.post(PODPOOLS, { pools: [pool(s, 'v', { image: 'é'.repeat(100) })] }).get(`${PODPOOLS}?id=${id('v')}`)
  }),
]
