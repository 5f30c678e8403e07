import { describe, expect, it } from 'vitest'
import { call, useDashboard } from './browser.js'

const FUNCTIONS = '/serverless/v1/functions'

const dashboard = useDashboard({
  scenario: 'failing',
  scenarios: [
    {
      name: 'failing',
      description: 'Versions lists fail with the etcd error; publishing drops the connection.',
      rules: [
        {
          name: 'versions fail',
          match: { method: 'GET', path: '*/functions/:name/versions' },
          respond: { error: { code: 122002, message: 'etcd internal error' } },
          fault: 'malformed',
        },
        { name: 'publish drops', match: { method: 'POST', path: '*/versions' }, fault: 'drop' },
      ],
    },
  ],
})

describe('the Requests page', { timeout: 30_000 }, () => {
  it('shows a request made by a test, live, without a reload', async () => {
    await dashboard.open('#/requests')
    await dashboard.waitForLive()
    await call(dashboard.url(`${FUNCTIONS}?name=hello2`), { session: 'live-check' })
    const row = dashboard.page
      .locator('ol[aria-label="Requests"] summary', { hasText: `${FUNCTIONS}` })
      .first()
    await row.waitFor()
    expect(await row.textContent()).toContain('live-check')
    expect(await row.locator('.status').textContent()).toBe('200')
  })

  it("opens a failing rule's request to its rule, fault and answer", async () => {
    await call(dashboard.url(`${FUNCTIONS}/0@faaspy@hello2/versions`))
    const row = dashboard.page.locator('details', { hasText: 'rule: versions fail' }).first()
    await row.locator('summary').waitFor()
    await row.locator('summary').focus()
    await dashboard.page.keyboard.press('Enter')
    const detail = row.locator('.detail dl.facts')
    await detail.waitFor()
    expect(await detail.locator('dd.fault').textContent()).toBe('malformed')
    expect(await row.locator('.detail').textContent()).toContain('error 122002 "etcd internal error"')
    expect(await row.locator('.detail').textContent()).toContain('{"code":122002')
    await dashboard.screenshot('requests')
  })

  it('shows a dropped connection with the drop fault', async () => {
    await call(dashboard.url(`${FUNCTIONS}/0@faaspy@hello2/versions`), { method: 'POST', body: '{}' }).catch(
      () => undefined,
    )
    const row = dashboard.page.locator('details', { hasText: 'rule: publish drops' }).first()
    await row.waitFor()
    expect(await row.locator('.status').textContent()).toBe('dropped')
    await row.locator('summary').click()
    expect(await row.locator('dd.fault').textContent()).toBe('drop')
  })

  it('lists requests no route matched, with their nearest routes', async () => {
    await call(dashboard.url('/serverless/v1/functon'))
    const near = dashboard.page.locator('ol[aria-label="Requests no route matched"] > li', {
      hasText: '/functon',
    })
    await near.waitFor()
    expect(await near.locator('ul.near').textContent()).toContain('path: expected /serverless/v1/functions')
  })

  it('filters by method, path, status and session, on the server', async () => {
    await dashboard.page.getByLabel('Method').selectOption('GET')
    await dashboard.page.getByLabel('Status').fill('5xx')
    await dashboard.page.getByRole('button', { name: 'Filter' }).click()
    await dashboard.page.waitForURL(/status=5xx/)
    await dashboard.page.locator('#request-count', { hasText: '1 requests' }).waitFor()
    const data = await call(dashboard.url('/__admin/ui/data/requests?method=GET&status=5xx'))
    const requests = (data.body as { requests: { total: number; items: { rule: string }[] } }).requests
    expect(requests.total).toBe(1)
    expect(requests.items[0]?.rule).toBe('versions fail')
    await dashboard.page.getByLabel('Session').selectOption('s:live-check')
    await dashboard.page.getByLabel('Status').fill('')
    await dashboard.page.getByRole('button', { name: 'Filter' }).click()
    await dashboard.page.locator('#request-count', { hasText: '1 requests' }).waitFor()
  })
})
