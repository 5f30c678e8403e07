import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { parseScenario } from '../../src/scenarios/parse-scenario.js'
import type { ScenarioInput } from '../../src/scenarios/scenario-schema.js'

// A hot reload keeps the data it does not touch: a new seed rebuilds, a changed loaded function is
// rewritten in every session, the rest stays.

const F = '/serverless/v1/functions'
const scenarioWith = (extra: Record<string, unknown>) =>
  ({ name: 'data', rules: [], ...extra }) as ScenarioInput
const parsed = (extra: Record<string, unknown>) => [parseScenario(scenarioWith(extra), 'reload')]

async function openService(extra: Record<string, unknown>) {
  const service = createMetaService({ functions: 0, scenarios: [scenarioWith(extra)], scenario: 'data' })
  await service.ready
  const status = async (name: string, session = '') =>
    (await service.app.request(`${F}/${name}`, { headers: { 'x-mock-session': session } })).status
  return { service, engine: service.engine, status }
}

describe('hot reload', () => {
  it('reports unchanged data when only the description changed', async () => {
    const { engine } = await openService({ load: [{ name: 'kept' }] })
    const summary = await engine.reloadScenarios(
      parsed({ load: [{ name: 'kept' }], description: 'new words' }),
    )
    expect(summary).toEqual({ active: 'data', data: 'unchanged', rulesRestarted: false })
  })

  it('rebuilds everything for a new seed', async () => {
    const { engine } = await openService({ seed: 1 })
    const summary = await engine.reloadScenarios(parsed({ seed: 2 }))
    expect(summary).toEqual({ active: 'data', data: 'rebuilt', rulesRestarted: true })
    expect(engine.baseline.seed).toBe(2)
  })

  it('rewrites a changed loaded function in every session, naming it once', async () => {
    const { engine, status, service } = await openService({ load: [{ name: 'gone' }, { name: 'changed' }] })
    expect(await status('gone', 's1')).toBe(200)
    // A session deleted one already: removing it again is no error.
    const deleted = await service.app.request(`${F}/gone`, {
      method: 'DELETE',
      headers: { 'x-mock-session': 's2' },
    })
    expect(deleted.status).toBe(200)
    const summary = await engine.reloadScenarios(
      parsed({ load: [{ name: 'changed', description: 'now different' }, { name: 'added' }] }),
    )
    expect(summary).toEqual({
      active: 'data',
      data: 'updated 3 loaded function(s): gone, changed, added',
      rulesRestarted: false,
    })
    for (const session of ['', 's1', 's2', 'fresh']) {
      expect(await status('gone', session)).toBe(404)
      expect(await status('added', session)).toBe(200)
    }
    const changed = await service.app.request(`${F}/changed`, { headers: { 'x-mock-session': 's1' } })
    expect(JSON.stringify(await changed.json())).toContain('now different')
  })
})
