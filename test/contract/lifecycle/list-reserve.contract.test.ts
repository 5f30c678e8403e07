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

  const message = async (method: string, body: unknown) => {
    const answer = await api().call(method, RESERVE, body)
    return [answer.status, answer.body.code, answer.body.message]
  }
  it("answers govalidator's messages, sorted and joined by ;, for the struct tags (400)", async () => {
    const body = {
      instanceLabel: 'a'.repeat(64),
      instanceConfigInfos: [{ maxInstance: 1 }, { maxInstance: -1, minInstance: 1001 }],
    }
    expect(await message('POST', body)).toEqual([
      400,
      4104,
      'InstanceConfigInfos.1.instanceConfigInfos: -1 does not validate as range(0|1000);' +
        'InstanceConfigInfos.1.instanceConfigInfos: 1001 does not validate as range(0|1000);' +
        'ReserveInsBaseInfo.funcName: non zero value required;' +
        `ReserveInsBaseInfo.instanceLabel: ${'a'.repeat(64)} does not validate as maxstringlength(63);` +
        'ReserveInsBaseInfo.version: non zero value required. check input parameters',
    ])
    expect(await message('DELETE', null)).toEqual([
      400,
      4104,
      'ReserveInsBaseInfo.funcName: non zero value required;ReserveInsBaseInfo.version: non zero value required. check input parameters',
    ])
  })

  it('names each method its own Go request type in decoder errors', async () => {
    expect(await message('DELETE', [])).toEqual([
      400,
      130600,
      'json: cannot unmarshal array into Go value of type model.DeleteReserveInsRequest',
    ])
    expect(await message('PUT', reserveBody({ instanceConfigInfos: 'x' }))).toEqual([
      400,
      130600,
      'json: cannot unmarshal string into Go struct field CreateReserveInsRequest.instanceConfigInfos of type []model.InstanceConfig',
    ])
  })

  it('answers min > max with the source format string that lacks its arguments (500)', async () => {
    await createFaas()
    expect(
      await message('POST', reserveBody({ instanceConfigInfos: [{ maxInstance: 1, minInstance: 2 }] })),
    ).toEqual([
      500,
      4104,
      'maxInstance %!d(MISSING) is less than minInstance %!d(MISSING). check input parameters',
    ])
  })

  it('refuses to update a label that does not exist, and keeps configurations on an empty update', async () => {
    await createFaas()
    expect(await message('PUT', reserveBody({ instanceLabel: 'nope' }))).toEqual([
      500,
      4104,
      'failed to find reserve instance config for update. check input parameters',
    ])
    expect(
      (await api().call('POST', RESERVE, reserveBody({ instanceConfigInfos: [] }))).body.instanceConfigInfos,
    ).toBe(null)
    await api().call('POST', RESERVE, reserveBody())
    const kept = await api().call('PUT', RESERVE, reserveBody({ instanceConfigInfos: [] }))
    expect(kept.body.instanceConfigInfos).toEqual([
      { clusterId: 'cluster001', maxInstance: 5, minInstance: 1 },
    ])
  })

  it('deletes every label the given one prefixes (an etcd prefix delete)', async () => {
    await createFaas()
    for (const label of ['l1', 'l10', 'l2'])
      await api().call('POST', RESERVE, reserveBody({ instanceLabel: label }))
    await api().call('DELETE', RESERVE, { funcName: '0@svc@hello', version: 'latest', instanceLabel: 'l1' })
    const status = async (label: string) =>
      (await api().call('PUT', RESERVE, reserveBody({ instanceLabel: label }))).status
    expect([await status('l1'), await status('l10'), await status('l2')]).toEqual([500, 500, 200])
  })

  it('counts only labels starting with "label" against the limit (the source counts …/label/label*)', async () => {
    await createFaas()
    for (let n = 0; n < 100; n++)
      await api().call('POST', RESERVE, reserveBody({ instanceLabel: `label${n}` }))
    expect(await message('POST', reserveBody({ instanceLabel: 'other' }))).toEqual([
      500,
      4104,
      'label count reached max(100). check input parameters',
    ])
  })
})
