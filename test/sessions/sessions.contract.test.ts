import { expect, it } from 'vitest'
import { describeEveryFace } from '../support/every-face.js'

const FUNCTIONS = '/serverless/v1/functions'
const body = (name: string) => ({ name, runtime: 'python3.9', cpu: 500, memory: 256, timeout: 3 })
const inSession = (id: string) => ({ 'x-mock-session': id })

describeEveryFace('sessions', { sessions: { max: 3 } }, (api) => {
  it("keeps each session's writes to itself, and the default session apart", async () => {
    await api().call('POST', FUNCTIONS, body('only-a'), inSession('a'))
    await api().call('POST', FUNCTIONS, body('only-b'), inSession('b'))
    expect((await api().call('GET', `${FUNCTIONS}/only-a`, undefined, inSession('a'))).status).toBe(200)
    expect((await api().call('GET', `${FUNCTIONS}/only-a`, undefined, inSession('b'))).status).toBe(404)
    expect((await api().call('GET', `${FUNCTIONS}/only-b`)).status).toBe(404)
  })

  it('starts a new session from the baseline, not from another session', async () => {
    await api().call('DELETE', `${FUNCTIONS}/0@faaspy@hello2`)
    const fresh = await api().call<{ pageInfo: { total: number } }>(
      'GET',
      `${FUNCTIONS}/0@faaspy@hello2/versions`,
      undefined,
      inSession('new'),
    )
    expect(fresh.body.pageInfo.total).toBe(2)
  })

  it('keeps concurrent writers in different sessions apart', async () => {
    const writers = ['s1', 's2', 's3'].map(async (id) => {
      const created = await api().call<{ function: { revisionId: string } }>(
        'POST',
        FUNCTIONS,
        body('same'),
        inSession(id),
      )
      const revisionId = created.body.function.revisionId
      await Promise.all(
        ['1', '2', '3'].map((versionNumber) =>
          api().call(
            'POST',
            `${FUNCTIONS}/same/versions`,
            { revisionId, versionNumber: `${id}-${versionNumber}` },
            inSession(id),
          ),
        ),
      )
      return id
    })
    for (const id of await Promise.all(writers)) {
      const listed = await api().call<{ functions: Array<{ versionNumber: string }> }>(
        'GET',
        `${FUNCTIONS}/same/versions`,
        undefined,
        inSession(id),
      )
      const versions = listed.body.functions.map((f) => f.versionNumber).filter((v) => v !== '$latest')
      expect(versions.sort()).toEqual([`${id}-1`, `${id}-2`, `${id}-3`])
    }
  })

  it('drops the least recently used session past the limit', async () => {
    for (const id of ['a', 'b', 'c', 'd'])
      await api().call('POST', FUNCTIONS, body(`fn-${id}`), inSession(id))
    const sessions = await api().call<{ sessions: Array<{ id: string }> }>('GET', '/__admin/sessions')
    expect(sessions.body.sessions.map((s) => s.id).sort()).toEqual(['b', 'c', 'd'])
    expect((await api().call('GET', `${FUNCTIONS}/fn-a`, undefined, inSession('a'))).status).toBe(404)
  })

  it('resets one session over HTTP, or all of them', async () => {
    await api().call('POST', FUNCTIONS, body('x'), inSession('a'))
    await api().call('POST', FUNCTIONS, body('x'), inSession('b'))
    await api().call('POST', '/__admin/reset', undefined, inSession('a'))
    expect((await api().call('GET', `${FUNCTIONS}/x`, undefined, inSession('a'))).status).toBe(404)
    expect((await api().call('GET', `${FUNCTIONS}/x`, undefined, inSession('b'))).status).toBe(200)
    await api().call('POST', '/__admin/reset?all=true')
    expect((await api().call('GET', `${FUNCTIONS}/x`, undefined, inSession('b'))).status).toBe(404)
  })

  it('snapshots and restores a session over HTTP', async () => {
    await api().call('POST', FUNCTIONS, body('before'), inSession('a'))
    const { body: snap } = await api().call<{ id: string }>(
      'POST',
      '/__admin/snapshots',
      undefined,
      inSession('a'),
    )
    await api().call('POST', FUNCTIONS, body('after'), inSession('a'))
    await api().call('POST', `/__admin/snapshots/${snap.id}/restore`, undefined, inSession('a'))
    expect((await api().call('GET', `${FUNCTIONS}/before`, undefined, inSession('a'))).status).toBe(200)
    expect((await api().call('GET', `${FUNCTIONS}/after`, undefined, inSession('a'))).status).toBe(404)
    expect((await api().call('POST', '/__admin/snapshots/99/restore')).status).toBe(404)
  })
})

describeEveryFace('the journal', { journalLimit: 5 }, (api) => {
  it('records method, path, query, headers, body, session, rule, status and timing', async () => {
    await api().call('POST', `${FUNCTIONS}?isAdmin=1`, body('j'), { ...inSession('a'), 'x-trace-id': 't1' })
    const { body: found } = await api().call<{ requests: Array<Record<string, unknown>> }>(
      'POST',
      '/__admin/requests/find',
      { method: 'POST', path: '/serverless/v1/functions' },
      inSession('a'),
    )
    expect(found.requests).toHaveLength(1)
    expect(found.requests[0]).toMatchObject({
      session: 'a',
      method: 'POST',
      path: '/serverless/v1/functions',
      query: { isAdmin: '1' },
      body: JSON.stringify(body('j')),
      rule: null,
      status: 200,
      outcome: 'response',
    })
    expect(found.requests[0]?.headers).toMatchObject({ 'x-trace-id': 't1' })
    expect(typeof found.requests[0]?.durationMs).toBe('number')
  })

  it('counts with a filter, explains near misses, keeps the newest within its limit, and clears', async () => {
    for (let n = 0; n < 7; n++) await api().send('GET', `${FUNCTIONS}/f${n}/versions`)
    expect((await api().call('POST', '/__admin/requests/count', { method: 'GET' })).body).toEqual({
      count: 5,
    })
    const { body: miss } = await api().call<{
      requests: unknown[]
      nearMisses: Array<{ differences: unknown[] }>
    }>('POST', '/__admin/requests/find', { method: 'POST', path: '*/versions' })
    expect(miss.requests).toEqual([])
    expect(miss.nearMisses[0]?.differences).toEqual([
      { criterion: 'method', ok: false, expected: 'POST', actual: 'GET' },
    ])
    await api().call('DELETE', '/__admin/requests')
    expect((await api().call('GET', '/__admin/requests')).body).toMatchObject({
      requests: [],
      journal: { entries: 0, bytes: 0 },
    })
  })

  it('answers a bad filter with a clear 400', async () => {
    const { status, body: answer } = await api().call('POST', '/__admin/requests/find', '[1]')
    expect(status).toBe(400)
    expect(answer.error).toContain('must be a JSON object')
  })
})
