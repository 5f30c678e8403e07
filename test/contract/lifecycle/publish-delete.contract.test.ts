import { expect, it } from 'vitest'
import { CONTRACT_NOW, describeEveryFace } from '../../support/every-face.js'
import { createBody, FUNCTIONS } from './requests.js'

type Fn = Record<string, unknown>
const HELLO = `${FUNCTIONS}/0@svc@hello`
const pad = (n: number) => String(n).padStart(2, '0')

describeEveryFace('POST /functions/{name}/versions', {}, (api) => {
  async function create(): Promise<string> {
    const { body } = await api().call<{ function: Fn }>('POST', FUNCTIONS, createBody({ description: 'fn' }))
    return body.function.revisionId as string
  }
  const publish = (body: Record<string, unknown>, path = `${HELLO}/versions`) =>
    api().call('POST', path, body)
  const error = (code: number, message: string) => ({ status: 500, contentType: '', body: { code, message } })

  it('copies latest into the new version and answers the detail shape', async () => {
    const revisionId = await create()
    const { status, body } = await api().call<{ message: string; function: Fn }>(
      'POST',
      `${HELLO}/versions`,
      {
        revisionId,
        versionNumber: '1',
        versionDesc: 'first',
      },
    )
    expect([status, body.message]).toEqual([200, 'SUCCESS'])
    expect(body.function).toMatchObject({
      id: 'sn:cn:yrk:default:function:0@svc@hello:1',
      versionNumber: '1',
      versionDesc: 'first',
      revisionId,
      description: 'fn',
      // Publish never reads the status record (GET-one answers 'unavailable').
      status: '',
      Published: '2026-03-04 05:06:07.890 UTC',
    })
  })

  it('names an unnumbered version v + server-local YYYYMMDD-HHMMSS', async () => {
    const revisionId = await create()
    const { body } = await api().call<{ function: Fn }>('POST', `${HELLO}/versions`, { revisionId })
    const d = CONTRACT_NOW
    const local = `v${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`
    expect(body.function.versionNumber).toBe(local)
    expect(await publish({ revisionId })).toEqual(error(4114, 'duplicate version number'))
  })

  it('refuses a bad version number with the real message', async () => {
    const revisionId = await create()
    expect(await publish({ revisionId, versionNumber: '-bad' })).toEqual(
      error(
        4104,
        'versionNumber can only contain digits, letters, dots(.), hyphens(-), and underscores(_), and must start ' +
          'and end with a digit or letter, with less than 42 characters. check input parameters',
      ),
    )
  })

  it('refuses a stale revision, a missing function and an empty name', async () => {
    await create()
    expect(await publish({ revisionId: 'x', versionNumber: '1' })).toEqual(
      error(4134, 'revisionId is non latest version'),
    )
    expect(await publish({ revisionId: 'x' }, `${FUNCTIONS}/nothing/versions`)).toEqual(
      error(4115, 'failed to get function version'),
    )
    expect(await publish({}, `${FUNCTIONS}//versions`)).toEqual(
      error(4104, 'empty function name. check input parameters'),
    )
  })

  it('refuses to publish s3 code with neither bucket nor object, and publishes it with either', async () => {
    const createS3 = async (name: string, s3CodePath?: Record<string, string>) => {
      const body = createBody({ name, storageType: 's3', ...(s3CodePath ? { s3CodePath } : {}) })
      const { body: answer } = await api().call<{ function: Fn }>('POST', FUNCTIONS, body)
      return answer.function.revisionId as string
    }
    const empty = await createS3('0@svc@nocode')
    expect(
      await publish({ revisionId: empty, versionNumber: '1' }, `${FUNCTIONS}/0@svc@nocode/versions`),
    ).toEqual(error(4104, "empty function version's bucket info. check input parameters"))
    for (const [name, s3CodePath] of [
      ['0@svc@bucket', { bucketId: 'b' }],
      ['0@svc@object', { objectId: 'o' }],
    ] as const) {
      const revisionId = await createS3(name, s3CodePath)
      const published = await publish({ revisionId, versionNumber: '1' }, `${FUNCTIONS}/${name}/versions`)
      expect(published.status).toBe(200)
    }
  })

  it('answers an undecodable body with 130600 through the always-500 writer', async () => {
    await create()
    expect(await publish('{' as never)).toEqual(error(130600, 'unexpected EOF'))
  })

  it('allows 8 published versions beside latest, then answers 4110', async () => {
    const revisionId = await create()
    for (let n = 1; n <= 8; n++)
      expect((await publish({ revisionId, versionNumber: String(n) })).status).toBe(200)
    expect(await publish({ revisionId, versionNumber: '9' })).toEqual(
      error(4110, 'the number of existing function versions is greater than the set value: 9'),
    )
    const { body } = await api().call<{ functions: Fn[]; pageInfo: Fn }>('GET', `${HELLO}/versions`)
    expect(body.pageInfo.total).toBe(9)
    expect(body.functions.map((f) => f.versionNumber)).toEqual([
      '$latest',
      '8',
      '7',
      '6',
      '5',
      '4',
      '3',
      '2',
      '1',
    ])
  })
})

describeEveryFace('DELETE /functions/{name}', {}, (api) => {
  async function createWithVersions(...versions: string[]): Promise<void> {
    const { body } = await api().call<{ function: Fn }>('POST', FUNCTIONS, createBody())
    for (const versionNumber of versions) {
      await api().call('POST', `${HELLO}/versions`, { revisionId: body.function.revisionId, versionNumber })
    }
  }
  const total = async () =>
    (await api().call<{ pageInfo: { total: number } }>('GET', `${HELLO}/versions`)).body.pageInfo.total

  it('deletes one version and answers {}', async () => {
    await createWithVersions('1', '2')
    expect(await api().call('DELETE', `${HELLO}?versionNumber=1`)).toEqual({
      status: 200,
      contentType: 'application/json; charset=utf-8',
      body: {},
    })
    expect(await total()).toBe(2)
  })

  it.each(['', '?versionNumber=latest', '?versionNumber=%24latest', '?qualifier=prod'])(
    'deletes the whole function for %j',
    async (query) => {
      await createWithVersions('1')
      expect((await api().call('DELETE', `${HELLO}${query}`)).status).toBe(200)
      expect(await total()).toBe(0)
    },
  )

  it('answers 404 with 4115 for a missing function', async () => {
    expect(await api().call('DELETE', `${FUNCTIONS}/0-test-aa`)).toEqual({
      status: 404,
      contentType: 'application/json; charset=utf-8',
      body: { code: 4115, message: 'function [aa] is not found. check input parameters' },
    })
  })

  it('answers 500 with 122001 for a missing version of an existing function', async () => {
    await createWithVersions()
    expect(await api().call('DELETE', `${HELLO}?versionNumber=7`)).toEqual({
      status: 500,
      contentType: 'application/json; charset=utf-8',
      body: { code: 122001, message: 'KV not exist in etcd' },
    })
  })

  it('answers name errors with 400, not 500', async () => {
    expect(await api().call('DELETE', `${HELLO}?qualifier=-x-`)).toEqual({
      status: 400,
      contentType: 'application/json; charset=utf-8',
      body: { code: 121047, message: 'invalid qualifier: -x-' },
    })
  })

  it('lets a deleted version number be published again', async () => {
    await createWithVersions('1')
    await api().call('DELETE', `${HELLO}?versionNumber=1`)
    const { body } = await api().call<{ function: Fn }>('GET', HELLO)
    const again = await api().call('POST', `${HELLO}/versions`, {
      revisionId: body.function.revisionId,
      versionNumber: '1',
    })
    expect(again.status).toBe(200)
  })
})
