import { expect, it } from 'vitest'
import { describeEveryFace } from '../support/every-face.js'

// Issue 23, finding 10: read-only admin calls created the session they named, and so pushed others out
// of the pool (100 `GET /__admin/requests?session=probe-N` evicted "important": its function 200 → 404).
// A read of a session that does not exist now reads its baseline view (an empty journal, the baseline's
// data) and keeps nothing.

const FUNCTIONS = '/serverless/v1/functions'
const body = { name: 'kept', runtime: 'python3.9', cpu: 500, memory: 256, timeout: 3 }
const important = { 'x-mock-session': 'important' }

/** Every admin call that only reads (or changes nothing in a session that does not exist yet). */
const PROBES: ReadonlyArray<readonly [string, (id: string) => string, unknown?]> = [
  ['GET', (id) => `/__admin/requests?session=${id}`],
  ['POST', (id) => `/__admin/requests/find?session=${id}`, {}],
  ['POST', (id) => `/__admin/requests/count?session=${id}`, {}],
  ['DELETE', (id) => `/__admin/requests?session=${id}`],
  ['GET', (id) => `/__admin/health?session=${id}`],
  ['GET', (id) => `/__admin/scenarios?session=${id}`],
  ['POST', (id) => `/__admin/reset?session=${id}`],
  ['POST', (id) => `/__admin/scenarios/active/reset?session=${id}`],
  ['POST', (id) => `/__admin/snapshots?session=${id}`],
  ['GET', (id) => `/__admin/ui/data/state?session=s:${id}`],
  ['GET', (id) => `/__admin/ui/data/scenarios?session=s:${id}`],
  ['GET', (id) => `/__admin/ui/data/requests?session=s:${id}`],
]

describeEveryFace(
  'issue 23 finding 10: admin reads never create sessions',
  { sessions: { max: 3 } },
  (api) => {
    it('keeps a session with data through many reads of sessions that do not exist', async () => {
      expect((await api().call('POST', FUNCTIONS, body, important)).status).toBe(200)
      for (let n = 0; n < 5; n++)
        for (const [method, path, payload] of PROBES)
          expect(
            (await api().call(method, path(`probe-${n}`), payload)).status,
            `${method} ${path('…')}`,
          ).toBe(200)
      expect((await api().call('GET', `${FUNCTIONS}/kept`, undefined, important)).status).toBe(200)
      const { body: listed } = await api().call<{ sessions: Array<{ id: string }> }>(
        'GET',
        '/__admin/sessions',
      )
      expect(listed.sessions.map((session) => session.id)).toEqual(['important'])
    })

    it('answers a read of an unknown session with its baseline view: an empty journal', async () => {
      const { status, body: read } = await api().call('GET', '/__admin/requests?session=never-seen')
      expect(status).toBe(200)
      expect(read).toMatchObject({
        requests: [],
        journal: { entries: 0, bytes: 0, dropped: { overEntryLimit: 0, overByteBudget: 0 } },
      })
      const health = await api().call<{ records: number }>('GET', '/__admin/health?session=never-seen')
      expect(health.body.records).toBe(
        (await api().call<{ records: number }>('GET', '/__admin/health')).body.records,
      )
    })

    it('still creates a session on a request to the real routes, and on a restore into it', async () => {
      await api().call('GET', FUNCTIONS, undefined, { 'x-mock-session': 'used' })
      const { body: snapshot } = await api().call<{ id: string }>('POST', '/__admin/snapshots')
      await api().call('POST', `/__admin/snapshots/${snapshot.id}/restore?session=restored`)
      const { body: listed } = await api().call<{ sessions: Array<{ id: string }> }>(
        'GET',
        '/__admin/sessions',
      )
      expect(listed.sessions.map((session) => session.id).sort()).toEqual(['restored', 'used'])
    })
  },
)
