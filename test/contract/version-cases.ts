import { expect } from 'vitest'
import { expectBadRequest, expectDropped, expectVersionPage } from '../support/expect-answers.js'
import { type Outcome, toJson } from '../support/outcome.js'
import { OTHER_TENANT, PAGING_FUNCTION, PAGING_ORDER } from './contract-fixtures.js'

/** One row of the contract: a request and what every face must answer to it. */
export interface ContractCase {
  readonly title: string
  readonly path: string
  readonly init?: RequestInit
  readonly check: (outcome: Outcome) => void
}

const PAGING = `/serverless/v1/functions/${PAGING_FUNCTION}/versions`
const HELLO = '/serverless/v1/functions/0@faaspy@hello2/versions'
const MISSING = '/serverless/v1/functions/0@svc@missing/versions'
const page =
  (versions: string[], pageIndex: string, pageSize: string, total = 6) =>
  (outcome: Outcome) =>
    expectVersionPage(outcome, { versions, pageIndex, pageSize, total })
const pageSizeZero = (outcome: Outcome) => expectBadRequest(outcome, 4123, 'page size cannot be 0')

/** Reference §2.2, row by row, on a function with six version records. */
export const PAGING_CASES: ContractCase[] = [
  { title: 'no query: defaults 1 and 1000', path: PAGING, check: page(PAGING_ORDER, '1', '1000') },
  {
    title: 'pageIndex=2&pageSize=1: the second record',
    path: `${PAGING}?pageIndex=2&pageSize=1`,
    check: page(['5'], '2', '1'),
  },
  {
    title: 'pageIndex=2&pageSize=4: the tail',
    path: `${PAGING}?pageIndex=2&pageSize=4`,
    check: page(['2', '1'], '2', '4'),
  },
  {
    title: 'pageIndex=0&pageSize=0: everything, size ignored',
    path: `${PAGING}?pageIndex=0&pageSize=0`,
    check: page(PAGING_ORDER, '0', '0'),
  },
  {
    title: 'pageIndex=0&pageSize=-5: everything, echoes -5',
    path: `${PAGING}?pageIndex=0&pageSize=-5`,
    check: page(PAGING_ORDER, '0', '-5'),
  },
  {
    title: 'pageIndex=0&pageSize=abc: everything, echoes 0',
    path: `${PAGING}?pageIndex=0&pageSize=abc`,
    check: page(PAGING_ORDER, '0', '0'),
  },
  {
    title: 'pageIndex=abc: page 0',
    path: `${PAGING}?pageIndex=abc&pageSize=1`,
    check: page(PAGING_ORDER, '0', '1'),
  },
  {
    title: 'pageIndex= (empty): page 0',
    path: `${PAGING}?pageIndex=&pageSize=2`,
    check: page(PAGING_ORDER, '0', '2'),
  },
  {
    title: 'pageIndex=1.5: page 0',
    path: `${PAGING}?pageIndex=1.5&pageSize=2`,
    check: page(PAGING_ORDER, '0', '2'),
  },
  {
    title: 'pageIndex=%2B3: Atoi takes the sign',
    path: `${PAGING}?pageIndex=%2B3&pageSize=2`,
    check: page(['2', '1'], '3', '2'),
  },
  {
    title: 'pageIndex=+3: the + is a space, so page 0',
    path: `${PAGING}?pageIndex=+3&pageSize=2`,
    check: page(PAGING_ORDER, '0', '2'),
  },
  { title: 'pageSize=0 with pageIndex absent: 4123', path: `${PAGING}?pageSize=0`, check: pageSizeZero },
  {
    title: 'pageSize=abc with pageIndex=1: 4123',
    path: `${PAGING}?pageIndex=1&pageSize=abc`,
    check: pageSizeZero,
  },
  {
    title: 'pageSize= (empty) with pageIndex=2: 4123',
    path: `${PAGING}?pageIndex=2&pageSize=`,
    check: pageSizeZero,
  },
  {
    title: 'pageSize=0 for a missing function: still 4123',
    path: `${MISSING}?pageSize=0`,
    check: pageSizeZero,
  },
  {
    title: 'past the last page: null with the true total',
    path: `${PAGING}?pageIndex=4&pageSize=2`,
    check: page([], '4', '2'),
  },
  {
    title: 'far past the last page',
    path: `${PAGING}?pageIndex=100&pageSize=10`,
    check: page([], '100', '10'),
  },
  {
    title: 'pageSize=100000: no maximum',
    path: `${PAGING}?pageIndex=1&pageSize=100000`,
    check: page(PAGING_ORDER, '1', '100000'),
  },
  {
    title: 'pageIndex=-1: the real server panics',
    path: `${PAGING}?pageIndex=-1&pageSize=1`,
    check: expectDropped,
  },
  {
    title: 'pageSize=-1: the real server panics',
    path: `${PAGING}?pageIndex=1&pageSize=-1`,
    check: expectDropped,
  },
  {
    title: 'pageIndex=2&pageSize=-1: panics too',
    path: `${PAGING}?pageIndex=2&pageSize=-1`,
    check: expectDropped,
  },
  {
    title: 'both negative, offset past the end: an empty 200',
    path: `${PAGING}?pageIndex=-9&pageSize=-1`,
    check: page([], '-9', '-1'),
  },
  {
    title: 'pageIndex=-1 on a missing function: the empty check wins',
    path: `${MISSING}?pageIndex=-1&pageSize=1`,
    check: page([], '-1', '1', 0),
  },
  {
    title: 'pageIndex beyond int64 clamps to MaxInt64',
    path: `${PAGING}?pageIndex=99999999999999999999&pageSize=1`,
    check: page([], '9223372036854775807', '1'),
  },
  {
    title: 'an overflowing offset wraps negative and panics',
    path: `${PAGING}?pageIndex=9223372036854775807&pageSize=2`,
    check: expectDropped,
  },
]

/** The empty and unknown cases, tenants and products. */
export const SCOPE_CASES: ContractCase[] = [
  { title: 'unknown function: 200, null, total 0', path: MISSING, check: page([], '1', '1000', 0) },
  {
    title: "the docs' example: $latest first (the real key order), total 2",
    path: `${HELLO}?pageIndex=1&pageSize=1`,
    check: page(['$latest'], '1', '1', 2),
  },
  {
    title: 'another tenant sees its own function of the same name',
    path: HELLO,
    init: { headers: { 'X-Tenant-ID': OTHER_TENANT } },
    check: page(['$latest', '7'], '1', '1000', 2),
  },
  {
    title: 'a tenant with nothing sees an empty list',
    path: HELLO,
    init: { headers: { 'x-tenant-id': 'nobody' } },
    check: page([], '1', '1000', 0),
  },
  {
    title: 'an empty X-Tenant-ID means the default tenant',
    path: HELLO,
    init: { headers: { 'X-Tenant-ID': '' } },
    check: page(['$latest', '1'], '1', '1000', 2),
  },
  {
    title: 'X-Product-ID scopes to the product',
    path: '/serverless/v1/functions/0@svc@product-fn/versions',
    init: { headers: { 'X-Product-ID': 'p1' } },
    check: page(['$latest', '1'], '1', '1000', 2),
  },
  {
    title: 'without the product the function is absent',
    path: '/serverless/v1/functions/0@svc@product-fn/versions',
    check: page([], '1', '1000', 0),
  },
  {
    title: 'a yrlib-form name',
    path: '/serverless/v1/functions/0-svc-yrlib-fn/versions',
    check: page(['$latest', '1'], '1', '1000', 2),
  },
  {
    title: 'a plain name with a dot',
    path: '/serverless/v1/functions/plain.fn-1/versions',
    check: page(['$latest'], '1', '1000', 1),
  },
  {
    title: 'a percent-encoded name',
    path: '/serverless/v1/functions/0%40faaspy%40hello2/versions',
    check: page(['$latest', '1'], '1', '1000', 2),
  },
  {
    title: 'the frontend proxy prefix',
    path: '/admin/v1/functions/0@faaspy@hello2/versions',
    check: page(['$latest', '1'], '1', '1000', 2),
  },
]

const urn = (rest: string) => `/serverless/v1/functions/${encodeURIComponent(rest)}/versions`

/** Name and URN parsing (reference §2.1 step 4). */
export const NAME_CASES: ContractCase[] = [
  {
    title: 'a URN lists the function',
    path: urn('sn:cn:yrk:default:function:0@faaspy@hello2'),
    check: page(['$latest', '1'], '1', '1000', 2),
  },
  {
    title: "a 7-part URN's version is checked, then ignored",
    path: urn('sn:cn:yrk:default:function:0@faaspy@hello2:1'),
    check: page(['$latest', '1'], '1', '1000', 2),
  },
  {
    title: 'a product URN in the product scope',
    path: urn('sn:cn:yrk:default@p1:function:0@svc@product-fn:$latest'),
    init: { headers: { 'X-Product-ID': 'p1' } },
    check: page(['$latest', '1'], '1', '1000', 2),
  },
  {
    title: 'an empty name: 121046',
    path: '/serverless/v1/functions//versions',
    check: (o) => expectBadRequest(o, 121046, 'empty functionid'),
  },
  {
    title: 'not a name and not a URN: 4104',
    path: urn('bad_name!'),
    check: (o) => expectBadRequest(o, 4104, 'invalid URN: bad_name!. check input parameters'),
  },
  {
    title: 'a URN of another tenant: 121046',
    path: urn('sn:cn:yrk:other:function:0@faaspy@hello2'),
    check: (o) => expectBadRequest(o, 121046, 'invalid URN: sn:cn:yrk:other:function:0@faaspy@hello2'),
  },
  {
    title: 'a URN of another business: 121046',
    path: urn('sn:cn:abc:default:function:hello'),
    check: (o) => expectBadRequest(o, 121046, 'invalid URN: sn:cn:abc:default:function:hello'),
  },
  {
    title: 'a URN with a bad name: 121058',
    path: urn('sn:cn:yrk:default:function:-bad-:1'),
    check: (o) => expectBadRequest(o, 121058, 'invalid function name: -bad-'),
  },
  {
    title: 'a URN with a bad version: 121046',
    path: urn('sn:cn:yrk:default:function:hello:bad$'),
    check: (o) => expectBadRequest(o, 121046, 'invalid version: bad$'),
  },
  {
    title: 'name errors come before the page-size check',
    path: `${urn('bad_name!')}?pageSize=0`,
    check: (o) => expectBadRequest(o, 4104, 'invalid URN: bad_name!. check input parameters'),
  },
]

/** The admin variant and gin's own answers. */
export const ROUTER_CASES: ContractCase[] = [
  {
    title: 'isAdmin (any non-empty value) gives the admin envelope',
    path: `${HELLO}?isAdmin=false`,
    check: (outcome) => {
      const body = toJson(outcome) as {
        code: number
        message: string
        result: { versions: Array<Record<string, unknown>>; total: number }
      }
      expect(body.code).toBe(0)
      expect(body.message).toBe('')
      expect(body.result.total).toBe(2)
      expect(body.result.versions.map((v) => v.versionNumber)).toEqual(['$latest', '1'])
      expect(body.result.versions[0]).not.toHaveProperty('id')
      expect(body.result.versions[0]).toHaveProperty('rootfs')
    },
  },
  {
    title: 'the admin envelope lists [] when empty',
    path: '/serverless/v1/functions/0@svc@missing/versions?isAdmin=1',
    check: (outcome) =>
      expect(toJson(outcome)).toEqual({ code: 0, message: '', result: { versions: [], total: 0 } }),
  },
  {
    title: 'an empty isAdmin is not admin',
    path: `${HELLO}?isAdmin=`,
    check: page(['$latest', '1'], '1', '1000', 2),
  },
  {
    title: 'GET /healthz: 200, empty body',
    path: '/healthz',
    check: (outcome) => expect(outcome).toMatchObject({ kind: 'response', status: 200, body: '' }),
  },
  {
    title: 'an unknown route: 404 page not found in plain text',
    path: '/serverless/v1/nothing',
    check: (outcome) =>
      expect(outcome).toEqual({
        kind: 'response',
        status: 404,
        contentType: 'text/plain',
        location: null,
        body: '404 page not found',
      }),
  },
  {
    title: 'a wrong method: 404 too',
    path: HELLO,
    init: { method: 'PATCH' },
    check: (outcome) =>
      expect(outcome).toMatchObject({ kind: 'response', status: 404, body: '404 page not found' }),
  },
  {
    title: 'a trailing slash: 301 to the path without it, query kept',
    path: `${HELLO}/?pageSize=1`,
    check: (outcome) =>
      expect(outcome).toMatchObject({
        kind: 'response',
        status: 301,
        location: `${HELLO}?pageSize=1`,
        contentType: 'text/html; charset=utf-8',
      }),
  },
  {
    title: 'a trailing slash on POST: 307 to the path without it',
    path: '/serverless/v1/functions/',
    init: { method: 'POST', body: '{}' },
    check: (outcome) =>
      expect(outcome).toMatchObject({ kind: 'response', status: 307, location: '/serverless/v1/functions' }),
  },
  {
    title: 'an encoded slash splits the path as gin does: 404',
    path: '/serverless/v1/functions/a%2Fb/versions',
    check: (outcome) => expect(outcome).toMatchObject({ kind: 'response', status: 404 }),
  },
]

/** Every case of the versions endpoint. */
export const VERSION_CASES: ContractCase[] = [...PAGING_CASES, ...SCOPE_CASES, ...NAME_CASES, ...ROUTER_CASES]
