import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../src/scenarios/parse-scenario.js'
import { call, useDashboard } from './browser.js'

const VERSIONS = '/serverless/v1/functions/0@faaspy@hello2/versions'

const flaky = {
  name: 'flaky',
  description: 'Every versions list fails with 122002.',
  rules: [
    {
      name: 'versions fail',
      match: { method: 'GET', path: '*/versions' },
      respond: { error: { code: 122002, message: 'etcd internal error' } },
      newState: 'failed',
    },
  ],
}
const calm = { name: 'calm', description: 'Nothing scripted.' }
const old = { name: 'old', description: 'An older release.', serverVersion: '0.7.0' as const }

const dashboard = useDashboard({ scenarios: [calm, flaky, old] })

interface ScenarioReport {
  active: string | null
  scenarios: { name: string; rules: { matchedCalls: number }[] }[]
}

describe('the Scenarios page', { timeout: 30_000 }, () => {
  it('activates a scenario, and the API answers by its rules', async () => {
    expect((await call(dashboard.url(VERSIONS))).status).toBe(200)
    await dashboard.open('#/scenarios')
    await dashboard.waitForLive()
    await dashboard.page.getByRole('button', { name: 'Activate flaky' }).click()
    await dashboard.page.locator('#active-scenario strong', { hasText: 'flaky' }).waitFor()
    const report = (await call(dashboard.url('/__admin/scenarios'))).body as ScenarioReport
    expect(report.active).toBe('flaky')
    expect((await call(dashboard.url(VERSIONS))).status).toBe(500)
  })

  it("counts a rule's calls live and restarts them", async () => {
    const count = dashboard.page.locator('section.scenario.active td.number')
    await count.filter({ hasText: /^1$/ }).waitFor()
    await dashboard.page.locator('#active-scenario', { hasText: 'state failed' }).waitFor()
    await dashboard.screenshot('scenarios')
    await dashboard.page.getByRole('button', { name: 'Restart flaky (keep data)' }).click()
    await count.filter({ hasText: /^0$/ }).waitFor()
    const report = (await call(dashboard.url('/__admin/scenarios'))).body as ScenarioReport
    expect(report.scenarios.find((s) => s.name === 'flaky')?.rules[0]?.matchedCalls).toBe(0)
  })

  it('shows a hot reload live', async () => {
    const changed = {
      ...flaky,
      rules: [...flaky.rules, { name: 'creates slow', match: { method: 'POST' }, delay: { ms: 5 } }],
    }
    const scenarios = [calm, changed, old].map((scenario) => parseScenario(scenario, scenario.name))
    await dashboard.server.service.engine.reloadScenarios(scenarios)
    await dashboard.page.locator('section.scenario.active td', { hasText: 'creates slow' }).waitFor()
  })

  it('goes back to no scenario', async () => {
    await dashboard.page.getByRole('button', { name: 'Use no scenario' }).click()
    await dashboard.page.locator('#active-scenario strong', { hasText: 'none' }).waitFor()
    expect((await call(dashboard.url(VERSIONS))).status).toBe(200)
  })

  it('shows the release answered as, and a scenario that pins another', async () => {
    const release = dashboard.page.locator('#server-version strong')
    await release.filter({ hasText: '0.10.0' }).waitFor()
    await dashboard.page.locator('section.scenario', { hasText: 'Answers as openYuanrong 0.7.0.' }).waitFor()
    await dashboard.page.getByRole('button', { name: 'Activate old' }).click()
    await release.filter({ hasText: '0.7.0' }).waitFor()
    const list = await call(dashboard.url('/serverless/v1/functions?pageSize=1'))
    expect(JSON.stringify(list.body)).toContain('"tenantId":"12345678901234561234567890123456"')
    await dashboard.page.getByRole('button', { name: 'Use no scenario' }).click()
    await release.filter({ hasText: '0.10.0' }).waitFor()
  })
})
