import { expect, it } from 'vitest'
import { describeEveryFace } from '../support/every-face.js'

const FUNCTIONS = '/serverless/v1/functions'
const ADMIN = '/admin/v1/functions'
const create = { name: 'fn', runtime: 'python3.9', cpu: 500, memory: 256, timeout: 30 }

// Each answer below is what the real meta_service (or frontend-admin in front of it) sent.
describeEveryFace('router corners of the real server', { load: [{ name: '0@svc@alpha' }] }, (api) => {
  const answer = async (method: string, path: string) => {
    const outcome = await api().send(method, path)
    return outcome.kind === 'response'
      ? [outcome.status, outcome.contentType, outcome.location ?? null, outcome.body]
      : [outcome.kind]
  }

  it('answers every HEAD 404 text/plain with no body: gin has no HEAD routes', async () => {
    for (const path of ['/healthz', FUNCTIONS, `${FUNCTIONS}/0@svc@alpha`])
      expect(await answer('HEAD', path)).toEqual([404, 'text/plain', null, ''])
  })

  it('answers /healthz with a Content-Type header that is present but empty', async () => {
    expect(await answer('GET', '/healthz')).toEqual([200, '', null, ''])
  })

  it("redirects a trailing slash after a parameter the method's routes continue, even with no route there", async () => {
    await api().call('POST', FUNCTIONS, create)
    expect(await answer('POST', `${FUNCTIONS}/fn/`)).toEqual([307, null, `${FUNCTIONS}/fn`, ''])
    expect(await answer('POST', `${FUNCTIONS}/reserve-instanc/`)).toEqual([
      307,
      null,
      `${FUNCTIONS}/reserve-instanc`,
      '',
    ])
    expect((await answer('DELETE', `${FUNCTIONS}/`))[0]).toBe(404)
    // the Location is the decoded path escaped again by Go, raw query kept, X-Forwarded-Prefix sanitized
    expect((await answer('POST', `${FUNCTIONS}/a%2Eb/`))[2]).toBe(`${FUNCTIONS}/a.b`)
    expect((await answer('POST', `${FUNCTIONS}/a%20b/?x=%zz&y=1`))[2]).toBe(`${FUNCTIONS}/a%20b?x=%zz&y=1`)
    expect((await answer('POST', `${FUNCTIONS}/a:b@c/`))[2]).toBe(`${FUNCTIONS}/a:b@c`)
    const prefixed = await api().send('POST', `${FUNCTIONS}/fn/`, undefined, {
      'X-Forwarded-Prefix': '/api/x.y//z',
    })
    expect(prefixed.kind === 'response' && prefixed.location).toBe('/api/xy/z/serverless/v1/functions/fn')
    expect((await answer('GET', `${FUNCTIONS}/a/b/`))[0]).toBe(404)
  })
})

describeEveryFace(
  'the /admin/v1 face, as frontend-admin answers',
  { load: [{ name: '0@svc@alpha' }] },
  (api) => {
    const answer = async (method: string, path: string) => {
      const outcome = await api().send(method, path)
      return outcome.kind === 'response'
        ? [outcome.status, outcome.contentType, outcome.body]
        : [outcome.kind]
    }
    const notFound = [404, 'text/plain; charset=utf-8', '404 page not found']

    it('answers 502 where meta_service drops the connection', async () => {
      expect(await answer('GET', `${ADMIN}?pageIndex=-1&pageSize=1`)).toEqual([
        502,
        'application/json; charset=utf-8',
        '{"message":"failed to access meta service"}',
      ])
    })

    it('answers its own 404 for trailing slashes, HEAD, other methods and encoded slashes', async () => {
      for (const [method, path] of [
        ['GET', `${ADMIN}/`],
        ['POST', `${ADMIN}/fn/`],
        ['PATCH', ADMIN],
        ['GET', `${ADMIN}/a%2Fb`],
        ['GET', '/admin/v1//functions'],
      ])
        expect(await answer(method as string, path as string)).toEqual(notFound)
      expect(await answer('HEAD', ADMIN)).toEqual([404, 'text/plain; charset=utf-8', ''])
    })

    it('cuts the query at a ; (turned into #, a fragment) and the path at a decoded ? or #', async () => {
      const listed = await api().call<{ result: { total: number } }>('GET', `${ADMIN}?a;b&name=zzz`)
      expect(listed.body.result.total).toBeGreaterThan(0)
      const cut = await api().call('GET', `${ADMIN}/a%3Fb?x=1`)
      expect([cut.status, cut.body.message]).toEqual([
        404,
        'function [a] is not found. check input parameters',
      ])
      expect(await answer('GET', `${ADMIN}/a%25b`)).toEqual([
        500,
        'application/json; charset=utf-8',
        '{"message":"failed to create forward request"}',
      ])
    })
  },
)
