import { createBody, FUNCTIONS, type SequenceSpec, spec } from './dsl.js'

const LIST_QUERIES = [
  '',
  '?name=a',
  '?name=ab',
  '?name=B',
  '?name=zz',
  '?versionNumber=1',
  '?versionNumber=$latest',
  '?qualifier=1',
  '?kind=faas',
  '?kind=yrlib',
  '?pageIndex=1&pageSize=2',
  '?pageIndex=2&pageSize=2',
  '?pageIndex=0',
  '?pageSize=0',
  '?pageIndex=1&pageSize=0',
  '?pageIndex=abc',
  '?pageIndex=9',
  '?pageIndex=-1&pageSize=1',
  '?name=a&pageIndex=1&pageSize=1',
  '?isAdmin=1',
]

export const listDeleteSpecs: SequenceSpec[] = [
  spec('list/filters-and-paging', (s) => {
    s.post(FUNCTIONS, createBody('ab')).post(FUNCTIONS, createBody('abc')).post(FUNCTIONS, createBody('Bx'))
    s.post(`${FUNCTIONS}/ab/versions`, { revisionId: '<rev#1>', versionNumber: '1' })
    for (const query of LIST_QUERIES) s.get(`${FUNCTIONS}${query}`)
  }),
  spec('list/empty-tenant', (s) => {
    for (const query of LIST_QUERIES) s.get(`${FUNCTIONS}${query}`)
  }),
  spec('delete/whole-and-one-version', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
    s.post(`${FUNCTIONS}/fn/versions`, { revisionId: '<rev#last>', versionNumber: '1' })
    s.post(`${FUNCTIONS}/fn/versions`, { revisionId: '<rev#last>', versionNumber: '2' })
    s.delete(`${FUNCTIONS}/fn?versionNumber=9`)
      .delete(`${FUNCTIONS}/fn?versionNumber=1`)
      .get(`${FUNCTIONS}/fn/versions`)
    s.delete(`${FUNCTIONS}/fn?versionNumber=1`)
      .delete(`${FUNCTIONS}/fn?qualifier=2`)
      .get(`${FUNCTIONS}/fn/versions`)
    s.delete(`${FUNCTIONS}/fn`)
      .get(`${FUNCTIONS}/fn`)
      .get(`${FUNCTIONS}/fn/versions`)
      .delete(`${FUNCTIONS}/fn`)
  }),
  spec('delete/qualifiers-and-names', (s) => {
    for (const query of [
      '?versionNumber=$latest',
      '?versionNumber=latest',
      '?qualifier=v1',
      '?qualifier=bad!',
      '?kind=faas',
    ]) {
      s.post(FUNCTIONS, createBody('fn')).delete(`${FUNCTIONS}/fn${query}`).get(`${FUNCTIONS}/fn`)
    }
    const t = s.tenant
    for (const name of [
      '-bad',
      'a'.repeat(129),
      `sn:cn:yrk:${t}:function:fn`,
      `sn:cn:yrk:other:function:fn`,
      'x:y',
      '0@svc@missing',
    ]) {
      s.delete(`${FUNCTIONS}/${name}`)
    }
    s.delete(`${FUNCTIONS}/fn?isAdmin=1`)
  }),
  spec('delete/recreate-after-delete', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
      .delete(`${FUNCTIONS}/fn`)
      .post(FUNCTIONS, createBody('fn', { cpu: 800 }))
    s.get(`${FUNCTIONS}/fn`).get(`${FUNCTIONS}/fn/versions`)
  }),
]
