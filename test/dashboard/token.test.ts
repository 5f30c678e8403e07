import { describe, expect, it } from 'vitest'
import { call, useDashboard } from './browser.js'

// What the fake requires beyond loopback (a generated token, or --admin-token); tests stay on loopback.
const TOKEN = 'dashboard-test-token'

const dashboard = useDashboard({ adminToken: TOKEN })

describe('the dashboard behind the admin token', { timeout: 30_000 }, () => {
  it('serves the page without the token but none of the data', async () => {
    expect((await call(dashboard.url('/__admin/ui'))).status).toBe(200)
    expect((await call(dashboard.url('/__admin/ui/view/requests'))).status).toBe(401)
    expect((await call(dashboard.url('/__admin/ui/events'))).status).toBe(401)
    const action = await call(dashboard.url('/__admin/ui/actions/activate'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(action.status).toBe(401)
  })

  it('asks for the token, keeps it in the tab, and then works live', async () => {
    await dashboard.page.goto(dashboard.url('/__admin/ui#/requests'))
    const field = dashboard.page.getByRole('textbox', { name: 'Token' })
    await field.waitFor()
    await dashboard.screenshot('login')
    await field.fill('wrong')
    await field.press('Enter')
    await field.waitFor()
    expect(await dashboard.page.locator('main').isHidden()).toBe(true)
    await field.fill(TOKEN)
    await dashboard.page.getByRole('button', { name: 'Sign in' }).click()
    await dashboard.page.locator('main h1', { hasText: 'Requests' }).waitFor()
    await dashboard.waitForLive()
    const kept = await dashboard.page.evaluate(() => sessionStorage.getItem('yr-meta-mock-admin-token'))
    expect(kept).toBe(TOKEN)
    await call(dashboard.url('/serverless/v1/functions/after-login'))
    await dashboard.page.locator('summary', { hasText: '/serverless/v1/functions/after-login' }).waitFor()
  })
})
