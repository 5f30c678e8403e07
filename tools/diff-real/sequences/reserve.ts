import { createBody, FUNCTIONS, RESERVE, type SequenceSpec, spec } from './dsl.js'

const FN = '0@svc@rs'
const label = (extra: Record<string, unknown> = {}) => ({
  funcName: FN,
  version: 'latest',
  instanceLabel: 'l1',
  instanceConfigInfos: [{ clusterId: 'cluster001', maxInstance: 2, minInstance: 1 }],
  ...extra,
})

/** Values to try in a reserve-instance POST, one field at a time. */
const RESERVE_CASES: Record<string, unknown[]> = {
  funcName: ['', 'plain', '0@svc@UP', '0@svc@a_b', '0-svc-rs', '0@svc@missing', 1],
  version: ['', '$latest', '1', '9', 1],
  instanceLabel: ['', 'a', 'a'.repeat(63), 'a'.repeat(64), '-a', 'a.b_c-d', 'a b', 1],
  instanceConfigInfos: [
    [],
    null,
    [{}],
    [{ clusterId: 'other', maxInstance: 1 }],
    [{ maxInstance: -1 }],
    [{ minInstance: 3, maxInstance: 2 }],
    [{ maxInstance: 1001 }],
    [{ maxInstance: 'x' }],
    'x',
  ],
}

function withFunction(s: Parameters<Parameters<typeof spec>[1]>[0]): void {
  s.post(FUNCTIONS, createBody(FN, { kind: 'faas' }))
  s.post(`${FUNCTIONS}/${FN}/versions`, { revisionId: '<rev#last>', versionNumber: '1', kind: 'faas' })
}

export const reserveSpecs: SequenceSpec[] = [
  ...Object.entries(RESERVE_CASES).map(([field, values]) =>
    spec(`reserve/field-${field}`, (s) => {
      withFunction(s)
      values.forEach((value, index) => {
        s.post(RESERVE, label({ instanceLabel: `c${index}`, [field]: value }))
      })
      s.get(RESERVE, { body: { funcName: FN, version: 'latest' } })
    }),
  ),
  spec('reserve/lifecycle', (s) => {
    withFunction(s)
    s.post(RESERVE, label())
      .post(RESERVE, label())
      .get(RESERVE, { body: { funcName: FN, version: 'latest' } })
    s.put(RESERVE, label({ instanceConfigInfos: [{ maxInstance: 5 }] })).put(
      RESERVE,
      label({ instanceLabel: 'nope' }),
    )
    s.get(RESERVE, { body: { funcName: FN, version: 'latest', instanceLabel: 'l1' } })
    s.post(RESERVE, label({ instanceLabel: 'l2', version: '1' })).get(RESERVE, {
      body: { funcName: FN, version: '1' },
    })
    s.delete(RESERVE, { body: { funcName: FN, version: 'latest', instanceLabel: 'l1' } })
    s.delete(RESERVE, { body: { funcName: FN, version: 'latest', instanceLabel: 'l1' } })
    s.delete(RESERVE, { body: { funcName: FN, version: '1' } }).get(RESERVE, {
      body: { funcName: FN, version: '1' },
    })
  }),
  spec('reserve/bodies-and-missing', (s) => {
    for (const method of ['GET', 'POST', 'PUT', 'DELETE']) {
      s.add(method, RESERVE)
      for (const body of ['', '{', '{]', 'null', '[]', '{}']) s.add(method, RESERVE, { body })
      s.add(method, RESERVE, { body: label() })
    }
  }),
  spec('reserve/label-count-and-put-fields', (s) => {
    withFunction(s)
    for (let n = 0; n < 4; n++) s.post(RESERVE, label({ instanceLabel: `n${n}` }))
    for (const value of ['', 'a'.repeat(64), 1]) s.put(RESERVE, label({ instanceLabel: value }))
    s.put(RESERVE, label({ instanceLabel: 'n1', instanceConfigInfos: [] })).get(RESERVE, {
      body: { funcName: FN, version: 'latest' },
    })
  }),
]
