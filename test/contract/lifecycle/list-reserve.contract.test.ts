import { expect, it } from 'vitest'
import { describeEveryFace } from '../../support/every-face.js'
import { createBody, FUNCTION_VERSION_KEYS, FUNCTIONS } from './requests.js'

type Fn = Record<string, unknown>
type ListBody = { code: number; message: string; result: { functions: Fn[] | null; total: number } }

const LOAD = [
  { name: '0@svc@alpha', versions: ['1', '2'] },
  { name: '0@svc@beta', versions: ['1'] },
  { name: '0@svc@gamma-faas', kind: 'faas', versions: ['v1'] },
  { name: '0@svc@alpha-product', product: 'p1' },
  { name: '0@svc@other', tenant: 'tenant-b' },
]

describeEveryFace('GET /functions', { load: LOAD }, (api) => {
  const list = async (query = '') => (await api().call<ListBody>('GET', `${FUNCTIONS}${query}`)).body
  const names = (body: ListBody) => body.result.functions?.map((f) => `${f.name}:${f.versionNumber}`)

  it('lists one entry per version record, newest write first, all products of the tenant', async () => {
    const body = await list()
    expect([body.code, body.message, body.result.total]).toEqual([0, '', 10])
    expect(names(body)).toEqual([
      // A publish writes the version and rewrites latest in one revision: key order puts latest first.
      '0@svc@alpha-product:$latest',
      '0@svc@gamma-faas:latest',
      '0@svc@gamma-faas:v1',
      '0@svc@beta:$latest',
      '0@svc@beta:1',
      '0@svc@alpha:$latest',
      '0@svc@alpha:2',
      '0@svc@alpha:1',
      '0@faaspy@hello2:$latest',
      '0@faaspy@hello2:1',
    ])
    expect(Object.keys(body.result.functions?.[1] ?? {}).join(',')).toBe(
      FUNCTION_VERSION_KEYS.replace(',rootfs', ',kind,rootfs'),
    )
  })

  it('filters by name substring, case-sensitively, and by versionNumber over qualifier', async () => {
    expect(names(await list('?name=alpha&versionNumber=1'))).toEqual(['0@svc@alpha:1'])
    expect(names(await list('?name=ALPHA'))).toEqual([])
    expect(names(await list('?name=beta&qualifier=1'))).toEqual(['0@svc@beta:1'])
    expect(names(await list('?name=beta&qualifier=1&versionNumber=%24latest'))).toEqual([
      '0@svc@beta:$latest',
    ])
  })

  it('pages like the versions list', async () => {
    const body = await list('?name=alpha&pageIndex=2&pageSize=2')
    expect([names(body), body.result.total]).toEqual([['0@svc@alpha:2', '0@svc@alpha:1'], 4])
  })

  it('swallows the page-size error: null functions, total 0, HTTP 200', async () => {
    expect(await api().call('GET', `${FUNCTIONS}?pageSize=0`)).toEqual({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: { code: 0, message: '', result: { functions: null, total: 0 } },
    })
  })

  it('drops the connection where the real paging panics', async () => {
    expect(await api().send('GET', `${FUNCTIONS}?pageIndex=-1&pageSize=1`)).toEqual({ kind: 'dropped' })
  })

  it('scopes to the tenant', async () => {
    expect(names(await list('?name=other'))).toEqual([])
    const other = await api().call<ListBody>('GET', `${FUNCTIONS}?name=other`, undefined, {
      'X-Tenant-ID': 'tenant-b',
    })
    expect(names(other.body)).toEqual(['0@svc@other:$latest'])
  })
})

const RESERVE = `${FUNCTIONS}/reserve-instance`
const reserveBody = (overrides: Record<string, unknown> = {}) => ({
  funcName: '0@svc@hello',
  version: 'latest',
  instanceLabel: 'label-1',
  instanceConfigInfos: [{ clusterId: 'cluster001', maxInstance: 5, minInstance: 1 }],
  ...overrides,
})

describeEveryFace('/functions/reserve-instance', {}, (api) => {
  const json = (status: number, body: unknown) => ({
    status,
    contentType: 'application/json; charset=utf-8',
    body,
  })
  const createFaas = () => api().call('POST', FUNCTIONS, createBody({ kind: 'faas' }))

  it('creates, updates and deletes a label on an existing version', async () => {
    await createFaas()
    expect(await api().call('POST', RESERVE, reserveBody())).toEqual(
      json(200, {
        code: 0,
        message: '',
        instanceConfigInfos: [{ clusterId: 'cluster001', maxInstance: 5, minInstance: 1 }],
        reserveInsBaseInfo: { funcName: '0@svc@hello', version: 'latest', instanceLabel: 'label-1' },
      }),
    )
    const updated = await api().call(
      'PUT',
      RESERVE,
      reserveBody({ instanceConfigInfos: [{ maxInstance: 9 }] }),
    )
    expect(updated.body.instanceConfigInfos).toEqual([
      { clusterId: 'cluster001', maxInstance: 9, minInstance: 0 },
    ])
    expect(await api().call('DELETE', RESERVE, { funcName: '0@svc@hello', version: 'latest' })).toEqual(
      json(200, { code: 0, message: '' }),
    )
  })

  it('reads a JSON body even on GET: none is 400 EOF', async () => {
    expect(await api().call('GET', RESERVE)).toEqual(json(400, { code: 130600, message: 'EOF' }))
  })

  it.each([
    ['a non-FaaS name', { funcName: 'hello' }],
    ['an empty label', { instanceLabel: '' }],
    ['a label over 63 characters', { instanceLabel: 'a'.repeat(64) }],
    ['a label ending in -', { instanceLabel: 'a-' }],
  ])('answers 400 with 4104 for %s', async (_title, overrides) => {
    const { status, body } = await api().call('POST', RESERVE, reserveBody(overrides))
    expect([status, body.code]).toEqual([400, 4104])
  })

  it('answers 404 with 4115 for a missing function or version', async () => {
    expect(await api().call('POST', RESERVE, reserveBody())).toEqual(
      json(404, { code: 4115, message: 'function [0@svc@hello] is not found. check input parameters' }),
    )
  })

  it('answers 500 for an unknown cluster', async () => {
    await createFaas()
    const { status, body } = await api().call(
      'POST',
      RESERVE,
      reserveBody({ instanceConfigInfos: [{ clusterId: 'x' }] }),
    )
    expect([status, body]).toEqual([
      500,
      { code: 4104, message: 'clusterID x is not found. check input parameters' },
    ])
  })
})
