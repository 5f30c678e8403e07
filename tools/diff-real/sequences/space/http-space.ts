import { createBody, FUNCTIONS, PODPOOLS, RESERVE, type SequenceSpec, spec } from '../dsl.js'
import { utf8Bytes } from './headers-space.js'

/**
 * What Go's `net/http` and gin do before a handler runs: escapes in the path and the query, raw
 * bytes, methods in other spellings. Requests fetch would rewrite go through the raw client only.
 */
const PATHS: readonly string[] = [
  `${FUNCTIONS}/%zz`,
  `${FUNCTIONS}/a%2`,
  `${FUNCTIONS}/a%`,
  `${FUNCTIONS}/%00`,
  `${FUNCTIONS}/%2e%2e`,
  `${FUNCTIONS}/fn/%2E%2E/fn`,
  `${FUNCTIONS}/fn/../fn`,
  `${FUNCTIONS}/./fn`,
  `${FUNCTIONS}//fn`,
  `/serverless/v1/./functions`,
  `/serverless/v1/functions/../functions`,
  `${FUNCTIONS}/fn?name=%zz`,
  `${FUNCTIONS}?name=%zz&name=fn`,
  `${FUNCTIONS}?name=a%2`,
  `${FUNCTIONS}?pageIndex=1&&pageSize=1`,
  `${FUNCTIONS}?=x&name`,
  `${FUNCTIONS}?name=fn#frag`,
  `${FUNCTIONS}/fn#frag`,
  `${FUNCTIONS}?name=${utf8Bytes('中')}`,
  `${FUNCTIONS}/${utf8Bytes('中')}`,
  `${FUNCTIONS}/${utf8Bytes('é')}/versions`,
  `${FUNCTIONS}/fn%3Fx`,
  `${FUNCTIONS}/fn%23x`,
]

const pathsSpec = spec('space/http/paths', (s) => {
  s.post(FUNCTIONS, createBody('fn'))
  for (const path of PATHS) s.add('GET', path, { raw: true })
  // pod pools are global: a list is filtered by this run's group (an id with a bad escape is dropped)
  s.add('GET', `${PODPOOLS}?id=%zz&group=${s.unique}g`, { raw: true })
  for (const path of PATHS.slice(0, 6)) s.add('DELETE', path, { raw: true })
  s.get(FUNCTIONS)
})

// CONNECT is left out: node:http hands its socket to a 'connect' listener instead of answering.
const METHODS = [
  'get',
  'Get',
  'post',
  'delete',
  'put',
  'FOO',
  'PROPFIND',
  'TRACE',
  'OPTIONS',
  'PATCH',
  'HEAD',
]

const methodsSpec = spec('space/http/methods', (s) => {
  s.post(FUNCTIONS, createBody('fn'))
  for (const method of METHODS) {
    for (const path of [
      FUNCTIONS,
      `${FUNCTIONS}/fn`,
      `${FUNCTIONS}/fn/versions`,
      RESERVE,
      `${PODPOOLS}?group=${s.unique}g`,
      '/healthz',
    ]) {
      s.add(method, path, { raw: true })
    }
  }
  s.add('OPTIONS', '*', { raw: true }).add('GET', '*', { raw: true })
  s.add('GET', `http://127.0.0.1${FUNCTIONS}/fn`, { raw: true })
})

/** Headers gin and net/http read: large ones (Go allows 1 MiB), odd Content-Length and encodings. */
const headersSpec = spec('space/http/headers', (s) => {
  s.post(FUNCTIONS, createBody('fn'))
  for (const size of [8 * 1024, 16 * 1024, 64 * 1024]) {
    s.add('GET', `${FUNCTIONS}/fn`, { raw: true, headers: { 'X-Big': 'x'.repeat(size) } })
  }
  s.add('POST', FUNCTIONS, {
    raw: true,
    body: JSON.stringify(createBody('fn2')),
    headers: { 'Content-Encoding': 'gzip' },
  })
  s.add('POST', FUNCTIONS, {
    raw: true,
    body: JSON.stringify(createBody('fn3')),
    headers: { Expect: '100-continue' },
  })
})

export const httpSpaceSpecs: SequenceSpec[] = [pathsSpec, methodsSpec, headersSpec]
