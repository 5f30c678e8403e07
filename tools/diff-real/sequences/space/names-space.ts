import { createBody, FUNCTIONS, type SequenceSpec, type Steps, spec, updateBody } from '../dsl.js'

/**
 * Path segments as the real server's router and `ParseFunctionInfo` see them: names at the edges of
 * `funcNameRegex`, URNs with odd parts, dot segments, escapes and non-ASCII bytes, each on every route
 * that takes a function name.
 */
function segments(tenant: string): string[] {
  const urn = (rest: string) => `sn:cn:yrk:${tenant}:function:${rest}`
  return [
    'fn',
    'a.b',
    '.a',
    'a.',
    '.',
    '..',
    '...',
    '%2E',
    '%2E%2E',
    'a%2Fb',
    'a%252F',
    '%61',
    'A',
    'a-',
    '-a',
    'a_b',
    'a@b',
    '@',
    '0@',
    '0@s@',
    '0@s@f',
    '0@s@F.x',
    `0@${'s'.repeat(17)}@f`,
    '0-s-f',
    '0-S-f',
    '0-s-',
    '1-s-f',
    'a'.repeat(128),
    'a'.repeat(129),
    '%E4%B8%AD',
    '%C3%A9',
    '%FF',
    '%25',
    '%25d',
    'a%20b',
    'a+b',
    'a;b',
    'a,b',
    "a'b",
    'a:b',
    ':',
    '::::::',
    urn('fn'),
    urn('fn:'),
    urn('fn:$latest'),
    urn('fn:latest'),
    urn('fn:1'),
    urn('fn:v1.0'),
    urn('fn:my-alias'),
    urn('fn:A'),
    urn('fn:%25d'),
    urn('fn:1:2'),
    urn(''),
    urn('-x'),
    urn('0@s@fn'),
    `sn:cn:yrk:${tenant}@p:function:fn`,
    `sn:cn:yrk:${tenant}@:function:fn`,
    `sn:cn:yrk::function:fn`,
    `sn:cn:other:${tenant}:function:fn`,
    `sn:cn:yrk:${tenant}:func:fn`,
    `xx:cn:yrk:${tenant}:function:fn`,
    `sn:xx:yrk:${tenant}:function:fn`,
    `sn:cn:yrk:${tenant}:function:fn:1:extra`,
    `sn:cn:yrk:${tenant}:layer:fn:1`,
  ]
}

/** A dot segment (`.`, `..`, `%2E`…): fetch's URL parser removes it, so only a raw client sends it. */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i
const rawFor = (name: string) => ({ raw: DOT_SEGMENT.test(name) })

const QUALIFIERS = [
  '',
  '?qualifier=1',
  '?qualifier=$latest',
  '?qualifier=latest',
  '?qualifier=my-alias',
  '?qualifier=ab',
  '?qualifier=a',
  '?qualifier=%25d',
  '?qualifier=1&versionNumber=2',
  '?qualifier=my-alias&versionNumber=1',
  '?qualifier=1&qualifier=2',
  '?versionNumber=1&versionNumber=',
  '?versionNumber=%E4%B8%AD',
  '?kind=faas&qualifier=latest',
  '?qualifier=bad!',
  '?qualifier=-x',
]

/** The same functions in every sequence: plain, dotted and faas, each with a version `1`. */
function setUp(s: Steps): void {
  for (const name of ['fn', 'a.b', '0@s@fn']) {
    const kind = name.startsWith('0@') ? 'faas' : ''
    s.post(FUNCTIONS, createBody(name, { kind }))
    s.post(`${FUNCTIONS}/${name}/versions`, { revisionId: '<rev#last>', versionNumber: '1', kind })
  }
}

const getSpec = spec('space/names/get', (s) => {
  setUp(s)
  for (const name of segments(s.tenant)) s.get(`${FUNCTIONS}/${name}`, rawFor(name))
  for (const query of QUALIFIERS) {
    s.get(`${FUNCTIONS}/fn${query}`).get(`${FUNCTIONS}/sn:cn:yrk:${s.tenant}:function:fn:1${query}`)
    s.get(`${FUNCTIONS}/sn:cn:yrk:${s.tenant}:function:fn${query}`)
  }
})

const versionsSpec = spec('space/names/versions', (s) => {
  setUp(s)
  for (const name of segments(s.tenant)) s.get(`${FUNCTIONS}/${name}/versions`, rawFor(name))
})

const publishSpec = spec('space/names/publish', (s) => {
  setUp(s)
  for (const name of segments(s.tenant)) {
    s.post(`${FUNCTIONS}/${name}/versions`, { revisionId: 'x', versionNumber: '2' }, rawFor(name))
  }
})

const updateSpec = spec('space/names/update', (s) => {
  setUp(s)
  for (const name of segments(s.tenant)) {
    s.put(`${FUNCTIONS}/${name}`, updateBody({ revisionId: 'x' }), rawFor(name))
  }
})

const deleteSpec = spec('space/names/delete', (s) => {
  for (const name of segments(s.tenant)) {
    setUp(s)
    s.delete(`${FUNCTIONS}/${name}`, rawFor(name))
  }
  for (const query of QUALIFIERS) {
    setUp(s)
    s.delete(`${FUNCTIONS}/fn${query}`).get(`${FUNCTIONS}/fn/versions`)
  }
})

/** The list's filters with names of every form (`name` is a prefix of the stored name). */
const listSpec = spec('space/names/list', (s) => {
  setUp(s)
  for (const query of [
    '?name=.',
    '?name=a.',
    '?name=0@s',
    '?name=0%40s%40',
    '?name=%25',
    '?name=%E4%B8%AD',
    '?name=fn&name=a',
    '?name=&kind=faas',
    '?kind=',
    '?kind=FAAS',
    '?versionNumber=1',
    '?versionNumber=1&kind=faas',
    '?qualifier=latest&kind=faas',
    '?qualifier=$latest',
    '?qualifier=%25d',
    '?name=fn&versionNumber=1&qualifier=2',
    '?pageIndex=1&pageSize=1000',
    '?pageIndex=1&pageSize=1001',
    '?pageIndex=2147483648&pageSize=1',
    '?pageSize=-5',
  ]) {
    s.get(`${FUNCTIONS}${query}`)
  }
})

export const namesSpaceSpecs: SequenceSpec[] = [
  getSpec,
  versionsSpec,
  publishSpec,
  updateSpec,
  deleteSpec,
  listSpec,
]
