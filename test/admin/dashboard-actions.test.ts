import { beforeEach, describe, expect, it } from 'vitest'
import { createMetaService, type MetaService } from '../../src/index.js'

// The dashboard's buttons, pressed in-process (the browser tests press them through the page): each
// action's answer and effect, and the strict fields (issue 23) that refuse what an action does not read.

const FUNCTIONS = '/serverless/v1/functions'
let service: MetaService

beforeEach(async () => {
  service = createMetaService({
    functions: 1,
    scenarios: [{ name: 'outage', rules: [{ match: { method: 'GET' }, respond: { status: 503 } }] }],
  })
  await service.ready
})

async function press(action: string, fields: Record<string, unknown>) {
  const response = await service.fetch(
    new Request(`http://fake.test/__admin/ui/actions/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(fields),
    }),
  )
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const status = async (session = '') =>
  (
    await service.fetch(
      new Request(`http://fake.test${FUNCTIONS}`, { headers: { 'x-mock-session': session } }),
    )
  ).status

describe('dashboard actions', () => {
  it('activate switches the scenario, and no name switches it off', async () => {
    expect(await press('activate', { name: 'outage' })).toEqual({
      status: 200,
      body: { done: 'scenario "outage" is active; every session is back to its data' },
    })
    expect(await status()).toBe(503)
    expect(await press('activate', {})).toEqual({ status: 200, body: { done: 'no scenario is active' } })
    expect(await status()).toBe(200)
  })

  it.each(['reset-session', 'restart-scenario', 'delete-session', 'snapshot'])(
    '%s needs a session written s:<id>',
    async (action) => {
      for (const fields of [{}, { session: 'a' }])
        expect(await press(action, fields)).toEqual({
          status: 400,
          body: { error: 'this action needs a "session" field ("s:<id>")' },
        })
    },
  )

  it('says which session each action acted on', async () => {
    expect((await press('reset-session', { session: 's:' })).body).toEqual({
      done: 'the default session is back to its baseline',
    })
    expect((await press('restart-scenario', { session: 's:t1' })).body).toEqual({
      done: 'the scenario restarted in session "t1"; its data is kept',
    })
    expect((await press('snapshot', { session: 's:t1' })).body).toEqual({
      done: 'snapshot 1 of session "t1" taken',
    })
    expect((await press('delete-session', { session: 's:t1' })).body).toEqual({
      done: 'session "t1" was deleted',
    })
  })

  it('restore needs an id and a session, and a snapshot that exists', async () => {
    const needs = { status: 400, body: { error: 'restore needs "id" and "session"' } }
    expect(await press('restore', { session: 's:' })).toEqual(needs)
    expect(await press('restore', { id: '1' })).toEqual(needs)
    expect(await press('restore', { id: '9', session: 's:' })).toEqual({
      status: 404,
      body: { error: 'no snapshot "9"' },
    })
    await press('snapshot', { session: 's:' })
    expect(await press('restore', { id: '1', session: 's:t2' })).toEqual({
      status: 200,
      body: { done: 'snapshot 1 restored into session "t2"' },
    })
  })

  it('refuses a field the action does not read, and a field that is not a string', async () => {
    expect(await press('restore', { id: '1', session: 's:', name: 'x' })).toMatchObject({
      status: 400,
      body: { key: 'name', allowed: ['id', 'session'] },
    })
    expect(await press('activate', { name: 5 })).toMatchObject({ status: 400, body: { key: 'name' } })
  })

  it('refuses a body that is not sent as JSON', async () => {
    const response = await service.fetch(
      new Request('http://fake.test/__admin/ui/actions/snapshot', {
        method: 'POST',
        body: '{"session":"s:"}',
      }),
    )
    expect(response.status).toBe(415)
  })
})
