import { beforeAll, describe, expect, it } from 'vitest'
import { createMetaService, type MetaService } from '../../src/index.js'

// Issue 23, finding 14: bad input to the admin surface answered a plain 500. A body of `null` on
// /__admin/recording/start (a TypeError reading its key), and a dashboard action named after a
// prototype member (`toString`, `__proto__`, `valueOf`: a plain-object lookup found Object's; for
// `constructor` it even answered 200 `{}`). A state resource of that kind did the same.

let service: MetaService
beforeAll(async () => {
  service = createMetaService({ functions: 1 })
  await service.ready
})

async function call(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const response = await service.fetch(new Request(`http://fake.test${path}`, { method, body, headers }))
  return { status: response.status, body: JSON.parse(await response.text()) as Record<string, unknown> }
}

const KNOWN_ACTIONS = [
  'activate',
  'reset-session',
  'restart-scenario',
  'delete-session',
  'snapshot',
  'restore',
]

describe('POST /__admin/recording/start with a body that is no object', () => {
  it.each(['null', '0', 'true', '"x"', '[]'])('%s is a 400 naming the allowed key', async (body) => {
    const answer = await call('POST', '/__admin/recording/start', body)
    expect(answer).toMatchObject({ status: 400, body: { allowed: ['redactHeaders'] } })
    expect(String(answer.body.error)).toContain('must be a JSON object')
  })
})

describe('a dashboard action named after a prototype member', () => {
  it.each([
    'toString',
    '__proto__',
    'valueOf',
    'constructor',
    'hasOwnProperty',
    'isPrototypeOf',
    '__defineGetter__',
  ])('%s is a 404 naming the known actions', async (name) => {
    const answer = await call('POST', `/__admin/ui/actions/${name}`, '{}', {
      'content-type': 'application/json',
    })
    expect(answer).toMatchObject({ status: 404, body: { error: `no action "${name}"` } })
    expect(answer.body.actions).toEqual(KNOWN_ACTIONS)
  })

  it('a known action still acts', async () => {
    const answer = await call('POST', '/__admin/ui/actions/snapshot', '{"session":"s:"}', {
      'content-type': 'application/json',
    })
    expect(answer).toMatchObject({ status: 200, body: { done: 'snapshot 1 of the default session taken' } })
  })
})

describe("the dashboard's state of a resource named after a prototype member", () => {
  it.each(['constructor', 'toString', '__proto__'])('?resource=%s answers, not a 500', async (name) => {
    const answer = await call('GET', `/__admin/ui/data/state?resource=${name}`)
    expect(answer.status).toBe(200)
    expect(answer.body.page).toMatchObject({ label: 'Tenants' })
  })
})
