import { describe, expect, it } from 'vitest'
import { toAdminTokenRequired } from '../../src/admin/admin-token.js'
import { useDashboard } from '../dashboard/browser.js'

// Issue 26: the dashboard's login page said "This fake listens beyond loopback" on a fake bound
// to 127.0.0.1 with a token given (--admin-token): the token is needed because it was given.

const dashboard = useDashboard({ host: '127.0.0.1', adminToken: 'loopback-token' })

describe('the admin token on loopback', { timeout: 30_000 }, () => {
  it('is asked for as the one given, not as one of a fake beyond loopback', async () => {
    await dashboard.page.goto(dashboard.url('/__admin/ui#/requests'))
    await dashboard.page.getByRole('textbox', { name: 'Token' }).waitFor()
    const login = (await dashboard.page.locator('#login').textContent()) ?? ''
    expect(login).not.toContain('beyond loopback')
    expect(login).toContain('the one given with --admin-token or YR_META_MOCK_ADMIN_TOKEN')
  })

  it('is said to be generated beyond loopback only when it was', async () => {
    const error = async (answer: Response) => ((await answer.json()) as { error: string }).error
    expect(await error(toAdminTokenRequired(true))).toContain('listens beyond loopback, so it generated one')
    expect(await error(toAdminTokenRequired(false))).not.toContain('beyond loopback')
  })
})
