import { expect, it } from 'vitest'
import { describeEveryFace } from '../support/every-face.js'
import { toJson } from '../support/outcome.js'

const scenarios = [
  { name: 'calm' },
  {
    name: 'flaky',
    rules: [{ name: 'always 500', match: { path: '*/versions' }, respond: { status: 500, body: 'no' } }],
  },
  { name: 'tiny', functions: 0, docExample: false },
]
const VERSIONS = '/serverless/v1/functions/0@faaspy@hello2/versions'

describeEveryFace('the /__admin surface', { scenarios, scenario: 'calm' }, (api) => {
  it('reports health and the active scenario', async () => {
    const { status, body } = await api().call('GET', '/__admin/health')
    expect(status).toBe(200)
    expect(body).toMatchObject({ status: 'ok', scenario: 'calm' })
  })

  it('switches scenario at run time, with its data and rules', async () => {
    await api().call('POST', '/__admin/scenarios/flaky/activate')
    expect(await api().send('GET', VERSIONS)).toMatchObject({ status: 500, body: 'no' })
    await api().call('POST', '/__admin/scenarios/tiny/activate')
    expect(toJson(await api().send('GET', VERSIONS))).toMatchObject({ pageInfo: { total: 0 } })
    await api().call('DELETE', '/__admin/scenarios/active')
    expect(toJson(await api().send('GET', VERSIONS))).toMatchObject({ pageInfo: { total: 2 } })
  })

  it('lists scenarios with each rule and how often it matched', async () => {
    await api().call('POST', '/__admin/scenarios/flaky/activate')
    await api().send('GET', VERSIONS)
    await api().send('GET', VERSIONS)
    const { body } = await api().call<{
      active: string
      state: string
      scenarios: Array<{ name: string; rules: unknown[] }>
    }>('GET', '/__admin/scenarios')
    expect(body.active).toBe('flaky')
    expect(body.state).toBe('Started')
    expect(body.scenarios.find((s) => s.name === 'flaky')?.rules).toEqual([
      { rule: 'always 500', match: { path: '*/versions' }, matchedCalls: 2 },
    ])
  })

  it("resets the active scenario's state and counts, keeping the data", async () => {
    await api().call('POST', '/__admin/scenarios/flaky/activate')
    await api().call('POST', '/serverless/v1/functions', {
      name: 'kept',
      runtime: 'python3.9',
      cpu: 500,
      memory: 256,
      timeout: 3,
    })
    await api().send('GET', VERSIONS)
    const { body } = await api().call<{
      scenarios: Array<{ name: string; rules: Array<{ matchedCalls: number }> }>
    }>('POST', '/__admin/scenarios/active/reset')
    expect(body.scenarios.find((s) => s.name === 'flaky')?.rules[0]?.matchedCalls).toBe(0)
    expect((await api().call('GET', '/serverless/v1/functions/kept')).status).toBe(200)
  })

  it('resets everything to the baseline', async () => {
    await api().call('POST', '/serverless/v1/functions', {
      name: 'gone',
      runtime: 'python3.9',
      cpu: 500,
      memory: 256,
      timeout: 3,
    })
    expect((await api().call('POST', '/__admin/reset')).status).toBe(200)
    expect((await api().call('GET', '/serverless/v1/functions/gone')).status).toBe(404)
  })

  it('answers an unknown scenario with the known ones', async () => {
    expect(await api().call('POST', '/__admin/scenarios/nope/activate')).toEqual({
      status: 404,
      contentType: 'application/json; charset=utf-8',
      body: {
        error: 'unknown scenario "nope"; known scenarios: calm, flaky, tiny',
        known: ['calm', 'flaky', 'tiny'],
      },
    })
  })

  it('explains an unmatched admin call by listing the admin routes', async () => {
    const { status, body } = await api().call<{ error: string; routes: string[] }>('GET', '/__admin/nothing')
    expect(status).toBe(404)
    expect(body.error).toBe('no admin route GET /__admin/nothing')
    expect(body.routes).toContain('GET    /__admin/scenarios')
  })
})
