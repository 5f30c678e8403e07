import { describe, expect, it } from 'vitest'
import { call, createBody, useDashboard } from './browser.js'

const FUNCTIONS = '/serverless/v1/functions'
const SESSION = 'state-check'

const dashboard = useDashboard({ functions: 40 })

interface VersionList {
  functions: { versionNumber: string; revisionId: string }[]
}

describe('the State page', { timeout: 30_000 }, () => {
  it("shows a session's functions newest write first and its versions as the API lists them", async () => {
    const url = (path: string) => dashboard.url(path)
    const created = await call(url(FUNCTIONS), {
      method: 'POST',
      body: createBody('0@svc@written'),
      session: SESSION,
    })
    const revisionId = (created.body as { function: { revisionId: string } }).function.revisionId
    for (const versionNumber of ['1', '2'])
      await call(url(`${FUNCTIONS}/0@svc@written/versions`), {
        method: 'POST',
        body: JSON.stringify({ revisionId, versionNumber }),
        session: SESSION,
      })
    await dashboard.open(`#/state?session=s:${SESSION}`)
    await dashboard.page.getByRole('link', { name: 'default', exact: true }).click()
    const firstFunction = dashboard.page.locator('table.state tbody tr').first()
    await firstFunction.locator('a', { hasText: '0@svc@written' }).waitFor()
    await firstFunction.locator('a').click()
    await dashboard.page.locator('h2', { hasText: 'Versions' }).waitFor()

    const listed = (await call(url(`${FUNCTIONS}/0@svc@written/versions`), { session: SESSION }))
      .body as VersionList
    const shown = await dashboard.page.locator('table.state tbody tr td:first-child').allTextContents()
    expect(shown).toEqual(listed.functions.map((f) => f.versionNumber))

    const newest = dashboard.page.locator('table.state tbody tr').first().locator('details')
    await newest.locator('summary').click()
    const record = JSON.parse((await newest.locator('pre').textContent()) ?? '')
    expect(record.revisionId).toBe(listed.functions[0]?.revisionId)
    await dashboard.screenshot('state')
  })

  it('pages functions on the server and keeps other sessions apart', async () => {
    const data = await call(
      dashboard.url(
        `/__admin/ui/data/state?session=s:&resource=functions&parent=${encodeURIComponent('yrk/default/')}`,
      ),
    )
    const page = (data.body as { page: { total: number; items: { cells: string[] }[] } }).page
    expect(page.items).toHaveLength(25)
    expect(page.total).toBeGreaterThan(25)
    expect(page.items.map((row) => row.cells[0])).not.toContain('0@svc@written')
  })

  it('lists reserve-instance configurations as a kind of state', async () => {
    const body = createBody('0@svc@reserved', { kind: 'faas' })
    await call(dashboard.url(FUNCTIONS), { method: 'POST', body, session: SESSION })
    const reserve = await call(dashboard.url(`${FUNCTIONS}/reserve-instance`), {
      method: 'POST',
      session: SESSION,
      body: JSON.stringify({
        funcName: '0@svc@reserved',
        version: 'latest',
        instanceLabel: 'l1',
        instanceConfigInfos: [{ maxInstance: 2 }],
      }),
    })
    expect(reserve.status).toBe(200)
    await dashboard.open(`#/state?session=s:${SESSION}`)
    await dashboard.page.getByRole('link', { name: 'Reserve-instance configurations' }).click()
    const row = dashboard.page.locator('table.state tbody tr', { hasText: '0@svc@reserved' })
    await row.waitFor()
    expect(await row.locator('td').nth(1).textContent()).toBe('l1')
  })
})
