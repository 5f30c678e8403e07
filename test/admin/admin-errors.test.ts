import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMetaService } from '../../src/index.js'

// What the admin surface answers when a route throws: a client that went away gets a 400 (nobody is
// there to read it, and it is no bug); anything else is a bug in the fake, logged with the route and
// answered 500 without internals. Made to throw here by breaking the engine a route calls.

afterEach(() => {
  vi.restoreAllMocks()
})

function serviceWithLog() {
  const logged: string[] = []
  const logger = {
    info: () => {},
    warn: () => {},
    error: (message: string, error?: unknown) => logged.push(`${message}: ${(error as Error).message}`),
  }
  return { service: createMetaService({ functions: 0, logger }), logged }
}

describe('an admin route that throws', () => {
  it('is a 500 that shows no internals, logged with the method and the path', async () => {
    const { service, logged } = serviceWithLog()
    vi.spyOn(service.engine, 'listSessions').mockImplementation(() => {
      throw new Error('secret internals')
    })
    const answer = await service.fetch(new Request('http://fake.test/__admin/sessions'))
    expect(answer.status).toBe(500)
    expect(await answer.json()).toEqual({
      error: "yr-meta-mock: internal error in the admin surface (see the fake's log)",
    })
    expect(logged).toEqual(['unexpected error while answering GET /__admin/sessions: secret internals'])
  })

  it('is a 400, not logged, when the client has gone away', async () => {
    const { service, logged } = serviceWithLog()
    vi.spyOn(service.engine, 'listSessions').mockImplementation(() => {
      throw new Error('the body stream broke')
    })
    const gone = new Request('http://fake.test/__admin/sessions', { signal: AbortSignal.abort() })
    const answer = await service.fetch(gone)
    expect(answer.status).toBe(400)
    expect(await answer.json()).toEqual({ error: 'the request ended before its body did' })
    expect(logged).toEqual([])
  })

  it('is a 400, not logged, on a connection reset', async () => {
    const { service, logged } = serviceWithLog()
    vi.spyOn(service.engine, 'listSessions').mockImplementation(() => {
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    })
    const answer = await service.fetch(new Request('http://fake.test/__admin/sessions'))
    expect(answer.status).toBe(400)
    expect(logged).toEqual([])
  })

  it('is a 500 when activating a scenario fails for another reason than a name or data', async () => {
    const { service, logged } = serviceWithLog()
    vi.spyOn(service.engine, 'useScenario').mockRejectedValue(new Error('broken engine'))
    const init = { method: 'POST' }
    const answer = await service.fetch(new Request('http://fake.test/__admin/scenarios/any/activate', init))
    expect(answer.status).toBe(500)
    expect(logged).toEqual([
      'unexpected error while answering POST /__admin/scenarios/any/activate: broken engine',
    ])
  })

  it('is a 409 with active: null when no scenario was active and the new one cannot be built', async () => {
    const broken = { name: 'broken', functions: 0, load: [{ name: 'twice' }, { name: 'twice' }] }
    const service = createMetaService({ scenarios: [broken], logLevel: 'silent' })
    const init = { method: 'POST' }
    const answer = await service.fetch(
      new Request('http://fake.test/__admin/scenarios/broken/activate', init),
    )
    expect(answer.status).toBe(409)
    expect(await answer.json()).toMatchObject({ active: null })
  })
})
