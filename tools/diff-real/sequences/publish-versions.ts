import { createBody, FUNCTIONS, type SequenceSpec, spec } from './dsl.js'

const V = `${FUNCTIONS}/fn/versions`

/** Every row of the versions-list paging table, over a function with three records. */
const PAGING_QUERIES = [
  '',
  '?pageIndex=1&pageSize=1',
  '?pageIndex=2&pageSize=1',
  '?pageIndex=3&pageSize=1',
  '?pageIndex=4&pageSize=1',
  '?pageIndex=2&pageSize=2',
  '?pageIndex=0',
  '?pageIndex=0&pageSize=0',
  '?pageIndex=0&pageSize=-1',
  '?pageIndex=0&pageSize=abc',
  '?pageIndex=abc',
  '?pageIndex=',
  '?pageIndex=1.5',
  '?pageIndex=%2B2&pageSize=1',
  '?pageIndex=+2&pageSize=1',
  '?pageSize=0',
  '?pageSize=abc',
  '?pageSize=',
  '?pageIndex=1&pageSize=0',
  '?pageIndex=99',
  '?pageSize=100000',
  '?pageIndex=-1&pageSize=1',
  '?pageIndex=1&pageSize=-1',
  '?pageIndex=5&pageSize=-1',
  '?pageIndex=9223372036854775808&pageSize=1',
  '?pageSize=2',
  '?isAdmin=1',
  '?isAdmin=1&pageIndex=2&pageSize=1',
  '?isAdmin=false&pageSize=0',
  '?pageIndex=1&pageIndex=2&pageSize=1',
]

export const publishVersionSpecs: SequenceSpec[] = [
  spec('versions/paging-table', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
    s.post(V, { revisionId: '<rev#last>', versionNumber: '1' }).post(V, {
      revisionId: '<rev#last>',
      versionNumber: '2',
    })
    for (const query of PAGING_QUERIES) s.get(`${V}${query}`)
  }),
  spec('versions/paging-on-missing-function', (s) => {
    for (const query of PAGING_QUERIES) s.get(`${FUNCTIONS}/none/versions${query}`)
  }),
  spec('versions/names-and-urns', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
    const t = s.tenant
    for (const name of [
      '',
      'fn',
      '-x',
      '0@svc@fn',
      `sn:cn:yrk:${t}:function:fn`,
      `sn:cn:yrk:${t}:function:fn:1`,
      `sn:cn:yrk:${t}:function:fn:bad!`,
      `sn:cn:yrk:other:function:fn`,
      `sn:cn:yrk:${t}:function:-x`,
      'a:b',
      'fn2',
    ]) {
      s.get(`${FUNCTIONS}/${name}/versions`)
    }
  }),
  spec('versions/order-after-update-and-publish', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
    s.post(V, { revisionId: '<rev#last>', versionNumber: '1' }).get(V)
    s.put(`${FUNCTIONS}/fn`, { revisionId: '<rev#last>', cpu: 700, memory: 256, timeout: 30 }).get(V)
    s.post(V, { revisionId: '<rev#last>', versionNumber: '2', versionDesc: 'second' })
      .get(V)
      .get(`${V}?isAdmin=1`)
    s.get(`${V}?pageIndex=1&pageSize=1`).get(FUNCTIONS)
  }),
  spec('publish/checks', (s) => {
    s.post(`${FUNCTIONS}/missing/versions`, { revisionId: '1' })
    s.post(FUNCTIONS, createBody('fn'))
    s.post(V, { revisionId: 'wrong', versionNumber: '1' })
    for (const versionNumber of [
      '-a',
      'a-',
      'a'.repeat(42),
      'a'.repeat(43),
      'a_b',
      'a b',
      '1.0',
      '$latest',
      'latest',
      7,
    ]) {
      s.post(V, { revisionId: '<rev#last>', versionNumber })
    }
    s.post(V, { revisionId: '<rev#last>', versionNumber: '1.0' }).get(V)
  }),
  // One publish with the default version (v + server time, to the second) per function: two within one
  // second collide with 4114 on the real server, which a stepped clock cannot reproduce deterministically.
  spec('publish/default-version-empty', (s) => {
    s.post(FUNCTIONS, createBody('fn')).post(V, { revisionId: '<rev#last>', versionNumber: '' }).get(V)
    s.get(`${FUNCTIONS}/fn?versionNumber=<ver#1>`)
  }),
  spec('publish/default-version-absent', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
      .post(V, { revisionId: '<rev#last>', versionDesc: 'd' })
      .get(`${V}?isAdmin=1`)
    s.delete(`${FUNCTIONS}/fn?versionNumber=<ver#1>`).get(V)
  }),
  spec('publish/malformed-bodies', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
    for (const body of ['', '{', 'null', '[]', '{"revisionId":1}', '{"versionNumber":1}']) s.post(V, body)
    s.add('POST', V)
      .post(`${FUNCTIONS}/-bad/versions`, { revisionId: '1' })
      .post(`${FUNCTIONS}//versions`, {})
    s.post(`${V}?isAdmin=1`, { revisionId: '<rev#last>', versionNumber: 'adm' })
  }),
  spec('publish/version-limit', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
    for (let n = 1; n <= 10; n++) s.post(V, { revisionId: '<rev#last>', versionNumber: String(n) })
    s.get(`${V}?pageSize=3`)
      .delete(`${FUNCTIONS}/fn?versionNumber=3`)
      .post(V, { revisionId: '<rev#last>', versionNumber: '3' })
    s.get(V)
  }),
  spec('publish/faas-kind', (s) => {
    s.post(FUNCTIONS, createBody('0@svc@fn', { kind: 'faas' }))
    s.post(`${FUNCTIONS}/0@svc@fn/versions`, { revisionId: '<rev#last>', versionNumber: '1' })
    s.post(`${FUNCTIONS}/0@svc@fn/versions`, { revisionId: '<rev#last>', versionNumber: '1', kind: 'faas' })
    s.get(`${FUNCTIONS}/0@svc@fn/versions`).get(`${FUNCTIONS}/0@svc@fn?versionNumber=1`)
  }),
]
