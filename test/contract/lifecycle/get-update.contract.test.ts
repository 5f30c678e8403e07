import { expect, it } from 'vitest'
import { describeEveryFace } from '../../support/every-face.js'
import { createBody, FUNCTION_VERSION_KEYS, FUNCTIONS, USER_FUNCTION_KEYS } from './requests.js'

type Fn = Record<string, unknown>
const HELLO = `${FUNCTIONS}/0@svc@hello`

describeEveryFace('GET /functions/{name}', {}, (api) => {
  it('answers the detail values: status unavailable, created and lastModified filled', async () => {
    await api().call('POST', FUNCTIONS, createBody({ customResources: { npu: 1.5 } }))
    const { status, body } = await api().call<{ code: number; message: string; function: Fn }>('GET', HELLO)
    expect([status, body.code, body.message]).toEqual([200, 0, 'SUCCESS'])
    expect(Object.keys(body.function).join(',')).toBe(USER_FUNCTION_KEYS)
    expect(body.function).toMatchObject({
      status: 'unavailable',
      created: '2026-03-04 05:06:07.890 UTC',
      lastModified: '2026-03-04 05:06:07.890 UTC',
      funcLayer: null,
      customResources: { npu: 1.5 },
    })
  })

  it('adds created to the FunctionVersion shape for isAdmin', async () => {
    await api().call('POST', FUNCTIONS, createBody())
    const { body } = await api().call<{ result: Fn }>('GET', `${HELLO}?isAdmin=1`)
    expect(Object.keys(body.result).join(',')).toBe(`${FUNCTION_VERSION_KEYS},created`)
  })

  it('is 404 with 4115 for a missing function, and drops the 0-svc- prefix in the message', async () => {
    expect(await api().call('GET', `${FUNCTIONS}/0-test-aa`)).toEqual({
      status: 404,
      contentType: 'application/json; charset=utf-8',
      body: { code: 4115, message: 'function [aa] is not found. check input parameters' },
    })
  })

  it('does not find a faas function without kind=faas or a versionNumber', async () => {
    await api().call('POST', FUNCTIONS, createBody({ kind: 'faas' }))
    expect((await api().call('GET', HELLO)).status).toBe(404)
    expect((await api().call('GET', `${HELLO}?kind=faas`)).status).toBe(200)
    expect((await api().call('GET', `${HELLO}?versionNumber=latest`)).status).toBe(200)
  })

  it('falls back to the latest record for an alias-like qualifier', async () => {
    await api().call('POST', FUNCTIONS, createBody())
    const { body } = await api().call<{ function: Fn }>('GET', `${HELLO}?qualifier=prod`)
    expect(body.function.versionNumber).toBe('$latest')
  })

  it('answers 500 with an empty Content-Type for a bad qualifier (121047)', async () => {
    expect(await api().call('GET', `${HELLO}?qualifier=-x-`)).toEqual({
      status: 500,
      contentType: '',
      body: { code: 121047, message: 'invalid qualifier: -x-' },
    })
  })

  it('answers the TSR redirect for /functions/', async () => {
    const outcome = await api().send('GET', `${FUNCTIONS}/`)
    expect(outcome).toMatchObject({ status: 301, location: FUNCTIONS })
  })
})

describeEveryFace('PUT /functions/{name}', {}, (api) => {
  async function createAndRevision(body = createBody()): Promise<string> {
    const { body: created } = await api().call<{ function: Fn }>('POST', FUNCTIONS, body)
    return created.function.revisionId as string
  }

  it('updates $latest with a new revision and answers the result envelope', async () => {
    const revisionId = await createAndRevision(createBody({ handler: 'a.b', description: 'kept' }))
    const update = { revisionId, cpu: 800, memory: 512, timeout: 60, maxInstance: '7' }
    const { status, body } = await api().call<{ code: number; message: string; result: Fn }>(
      'PUT',
      HELLO,
      update,
    )
    expect([status, body.code, body.message]).toEqual([200, 0, ''])
    expect(Object.keys(body.result).join(',')).toBe(FUNCTION_VERSION_KEYS)
    expect(body.result).toMatchObject({
      cpu: 800,
      memory: 512,
      timeout: 60,
      handler: 'a.b',
      description: 'kept',
      maxInstance: 7,
      updateTime: '2026-03-04 05:06:07.890 UTC',
    })
  })

  it('resets instance counts to their defaults when omitted', async () => {
    const revisionId = await createAndRevision(
      createBody({ minInstance: '2', maxInstance: '9', concurrentNum: '3' }),
    )
    const { body } = await api().call<{ result: Fn }>('PUT', HELLO, {
      revisionId,
      cpu: 500,
      memory: 256,
      timeout: 30,
    })
    expect([body.result.minInstance, body.result.maxInstance, body.result.concurrentNum]).toEqual([
      0, 100, 100,
    ])
  })

  it('refuses a stale revision with 4134 through the always-500 writer', async () => {
    await createAndRevision()
    expect(
      await api().call('PUT', HELLO, { revisionId: 'stale', cpu: 500, memory: 256, timeout: 30 }),
    ).toEqual({
      status: 500,
      contentType: '',
      body: { code: 4134, message: 'revisionID is not the same' },
    })
  })

  it('answers a missing function with 4115 as HTTP 500, not 404', async () => {
    const { status, contentType, body } = await api().call('PUT', HELLO, {
      cpu: 500,
      memory: 256,
      timeout: 30,
    })
    expect([status, contentType, body.code]).toEqual([500, '', 4115])
  })

  it('answers body validation errors as HTTP 500 too', async () => {
    const revisionId = await createAndRevision()
    expect(await api().call('PUT', HELLO, { revisionId, cpu: 1, memory: 256, timeout: 30 })).toEqual({
      status: 500,
      contentType: '',
      body: { code: 4104, message: 'CPU not in range [300, 16000]. check input parameters' },
    })
  })

  it('moves $latest to the top of the versions list', async () => {
    const revisionId = await createAndRevision()
    const { body: published } = await api().call<{ function: Fn }>('POST', `${HELLO}/versions`, {
      revisionId,
      versionNumber: '1',
    })
    expect(published.function.versionNumber).toBe('1')
    const before = await api().call<{ functions: Fn[] }>('GET', `${HELLO}/versions`)
    await api().call('PUT', HELLO, { revisionId, cpu: 600, memory: 256, timeout: 30 })
    const after = await api().call<{ functions: Fn[] }>('GET', `${HELLO}/versions`)
    // A publish rewrites $latest with the new version in one revision, and key order puts $latest
    // first; the update rewrites it alone, so it stays first.
    expect(before.body.functions.map((f) => f.versionNumber)).toEqual(['$latest', '1'])
    expect(after.body.functions.map((f) => f.versionNumber)).toEqual(['$latest', '1'])
  })
})
