import { describe, expect, it } from 'vitest'
import { call, createBody, useDashboard } from './browser.js'

const FUNCTIONS = '/serverless/v1/functions'
const SESSION = 'snap-check'

const dashboard = useDashboard({ functions: 5 })

const getWritten = () => call(dashboard.url(`${FUNCTIONS}/0@svc@kept`), { session: SESSION })

describe('the Sessions and snapshots page', { timeout: 30_000 }, () => {
  it('takes a snapshot of a session and restores it', async () => {
    await call(dashboard.url(FUNCTIONS), { method: 'POST', body: createBody('0@svc@kept'), session: SESSION })
    await dashboard.open('#/sessions')
    await dashboard.page.getByRole('button', { name: `Take a snapshot of session ${SESSION}` }).click()
    const restore = dashboard.page.getByRole('button', { name: `Restore snapshot 1 into ${SESSION}` })
    await restore.waitFor()
    await call(dashboard.url(`${FUNCTIONS}/0@svc@kept`), { method: 'DELETE', session: SESSION })
    expect((await getWritten()).status).toBe(404)
    await dashboard.screenshot('sessions')
    await restore.click()
    await dashboard.page.locator('#status', { hasText: 'restored' }).waitFor()
    expect((await getWritten()).status).toBe(200)
  })

  it('resets a session to its baseline', async () => {
    await dashboard.page.getByRole('button', { name: `Reset session ${SESSION}` }).click()
    await dashboard.page.locator('#status', { hasText: 'back to its baseline' }).waitFor()
    expect((await getWritten()).status).toBe(404)
  })

  it('deletes a session', async () => {
    await call(dashboard.url('/healthz'), { session: 'short-lived' })
    await dashboard.page.locator('table.sessions td', { hasText: 'short-lived' }).waitFor()
    await dashboard.page.getByRole('button', { name: 'Delete session short-lived' }).click()
    await dashboard.page
      .locator('table.sessions td', { hasText: 'short-lived' })
      .waitFor({ state: 'detached' })
    const sessions = (await call(dashboard.url('/__admin/sessions'))).body as { sessions: { id: string }[] }
    expect(sessions.sessions.map((session) => session.id)).not.toContain('short-lived')
  })
})
