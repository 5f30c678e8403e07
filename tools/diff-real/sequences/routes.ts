import { createBody, FUNCTIONS, PODPOOLS, RESERVE, type SequenceSpec, spec } from './dsl.js'

const OTHER_METHODS = ['HEAD', 'PATCH', 'OPTIONS']

/** /healthz, unknown paths and methods, trailing slashes and HEAD, on every route prefix. */
export const routeSpecs: SequenceSpec[] = [
  spec('healthz/methods', (s) => {
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])
      s.add(method, '/healthz')
    s.get('/healthz?probe=1').get('/healthz/').get('/healthz', { noTenant: true })
  }),
  spec('routes/unknown-paths', (s) => {
    for (const path of ['/', '/serverless', '/serverless/v1', '/serverless/v1/', '/serverless/v2/functions'])
      s.get(path)
    for (const path of ['/serverless/v1/unknown', '/Serverless/v1/functions', '/serverless/v1//functions'])
      s.get(path)
    s.get(`${FUNCTIONS}/a/b`)
      .get(`${FUNCTIONS}/a/versions/1`)
      .get('/admin/v1/functions')
      .get('/__admin/state')
  }),
  spec('routes/other-methods-on-functions', (s) => {
    for (const method of OTHER_METHODS) s.add(method, FUNCTIONS)
    s.put(FUNCTIONS, {}).delete(FUNCTIONS)
  }),
  spec('routes/other-methods-on-one-function', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
    for (const method of OTHER_METHODS) s.add(method, `${FUNCTIONS}/fn`)
    s.post(`${FUNCTIONS}/fn`, {})
  }),
  spec('routes/other-methods-on-versions', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
    for (const method of [...OTHER_METHODS, 'PUT', 'DELETE']) s.add(method, `${FUNCTIONS}/fn/versions`)
  }),
  spec('routes/other-methods-on-reserve-and-podpools', (s) => {
    for (const method of OTHER_METHODS) s.add(method, RESERVE).add(method, PODPOOLS)
    s.put(PODPOOLS, {}).get(`${PODPOOLS}/x`).delete(`${PODPOOLS}/x`).post(`${PODPOOLS}/x`, {})
  }),
  spec('routes/trailing-slashes', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
    for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'HEAD']) {
      s.add(method, `${FUNCTIONS}/`)
        .add(method, `${FUNCTIONS}/fn/`)
        .add(method, `${FUNCTIONS}/fn/versions/`)
        .add(method, `${RESERVE}/`)
        .add(method, `${PODPOOLS}/`)
    }
    s.get(`${FUNCTIONS}/?pageIndex=1`).get(`${FUNCTIONS}/fn/versions/?pageSize=1`)
  }),
  spec('routes/head-on-served-routes', (s) => {
    s.post(FUNCTIONS, createBody('fn'))
    s.add('HEAD', FUNCTIONS).add('HEAD', `${FUNCTIONS}/fn`).add('HEAD', `${FUNCTIONS}/fn/versions`)
    s.add('HEAD', `${FUNCTIONS}/missing`).add('HEAD', PODPOOLS).add('HEAD', RESERVE)
  }),
  spec('routes/encoded-names', (s) => {
    s.post(FUNCTIONS, createBody('a.b-c'))
    s.get(`${FUNCTIONS}/a.b-c`)
      .get(`${FUNCTIONS}/a%2Eb-c`)
      .get(`${FUNCTIONS}/a%2Fb`)
      .get(`${FUNCTIONS}/a%20b`)
    s.get(`${FUNCTIONS}/%E4%BD%A0`).get(`${FUNCTIONS}/a.b-c/versions?x=%zz`).get(`${FUNCTIONS}/a;b`)
    s.get(`${FUNCTIONS}?name=a%3Bb`).get(`${FUNCTIONS}?name=a;b`)
  }),
]
