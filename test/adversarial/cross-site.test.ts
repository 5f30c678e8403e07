import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../dashboard/browser.js'
import { type CliProcess, spawnCli, waitForReady } from '../support/cli-process.js'
import { type Attempt, attemptFrom, type ForeignSite, startForeignSite } from './cross-site-page.js'

// Issue 23, findings 3 and 4: a web page on another origin, in real Chromium, tries every way a
// browser has to reach `/__admin` of a fake on loopback; nothing may change and nothing may be read.

/** The auth header a client sent, which a page must never read back from the journal. */
const SECRET = 'Bearer client-secret-5f1c'
/** How the test process itself calls `/__admin`: what a non-browser client sends. */
const ADMIN_HEADERS = { 'content-type': 'application/json', 'x-mock-admin': '1' }
const FUNCTIONS = '/serverless/v1/functions'

let browser: Browser
let site: ForeignSite
let fixtures: string

beforeAll(async () => {
  browser = await launchChromium()
  site = await startForeignSite()
  fixtures = mkdtempSync(join(tmpdir(), 'yr-meta-mock-cross-site-'))
  writeFileSync(join(fixtures, 'calm.json'), JSON.stringify({ description: 'nothing happens' }))
  writeFileSync(
    join(fixtures, 'storm.json'),
    JSON.stringify({ rules: [{ match: { path: '/healthz' }, respond: { status: 503 } }] }),
  )
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
  rmSync(fixtures, { recursive: true, force: true })
})

/** Starts the built CLI on a free port of 127.0.0.1; stopped by its PID after the describe block. */
function useFake(flags: () => string[]): { readonly url: string } {
  let cli: CliProcess | undefined
  const fake = { url: '' }
  beforeAll(async () => {
    const args = ['--port', '0', '--functions', '0', '--log-level', 'silent', '--fixtures', fixtures]
    cli = spawnCli([...args, '--scenario', 'calm', ...flags()])
    fake.url = (await waitForReady(cli)).url
    await prepare(fake.url)
  })
  afterAll(async () => {
    cli?.child.kill('SIGTERM')
    await cli?.exited
  })
  return fake
}

async function admin(fake: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const init = {
    method,
    headers: ADMIN_HEADERS,
    body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
  }
  const response = await fetch(`${fake}/__admin${path}`, init)
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return response.json()
}

/** A snapshot of the victim session taken before it had a function, then a function in it and in the default session. */
async function prepare(fake: string): Promise<void> {
  await admin(fake, 'POST', '/snapshots?session=victim')
  const body = JSON.stringify({
    name: '0@svc@keepme',
    runtime: 'python3.9',
    cpu: 500,
    memory: 256,
    timeout: 30,
  })
  const victim: Record<string, string> = { 'x-mock-session': 'victim', authorization: SECRET }
  for (const headers of [victim, {}]) {
    const created = await fetch(`${fake}${FUNCTIONS}`, { method: 'POST', headers, body })
    expect(created.status).toBe(200)
  }
}

/** Everything `/__admin` can change, as a client outside the browser sees it. */
async function stateOf(fake: string) {
  const sessions = (await admin(fake, 'GET', '/sessions')) as { sessions: { id: string }[] }
  return {
    // Without the journal's totals: they count every session's requests, the page's allowed ones too.
    health: withoutJournalTotals(await admin(fake, 'GET', '/health')),
    victim: withoutJournalTotals(await admin(fake, 'GET', '/health?session=victim')),
    scenarios: await admin(fake, 'GET', '/scenarios?session=victim'),
    recording: await admin(fake, 'GET', '/recording'),
    snapshots: await admin(fake, 'GET', '/snapshots'),
    sessions: sessions.sessions.map((session) => session.id).sort(),
    victimJournal: await admin(fake, 'POST', '/requests/count?session=victim', {}),
  }
}

function withoutJournalTotals(health: unknown): unknown {
  const { journal: _journal, ...rest } = health as Record<string, unknown>
  return rest
}

/** How many of the page's control requests to a function route reached the fake. */
async function controlRequestsSeen(fake: string): Promise<number> {
  const filter = { path: FUNCTIONS, query: { from: 'foreign-page' } }
  return ((await admin(fake, 'POST', '/requests/count', filter)) as { count: number }).count
}

const CONFIGS = [
  { setup: 'the default setup', flags: () => [], readsRoutes: () => false },
  { setup: '--cors', flags: () => ['--cors'], readsRoutes: () => true },
  {
    setup: '--cors-origin naming the page',
    flags: () => ['--cors-origin', `http://127.0.0.1:${site.port}`],
    readsRoutes: (host: string) => host === '127.0.0.1',
  },
]

describe.each(CONFIGS)('a page on another origin, against a fake on loopback with $setup', (config) => {
  const fake = useFake(config.flags)

  // 127.0.0.1 on another port is the same site (another origin); localhost is another site.
  it.each(['127.0.0.1', 'localhost'])(
    'changes nothing through /__admin and reads nothing from it (page on http://%s:<another port>)',
    async (host) => {
      const before = await stateOf(fake.url)
      const seen = await controlRequestsSeen(fake.url)
      const page = await browser.newPage()
      let attempts: Attempt[]
      try {
        attempts = await attemptFrom(page, `http://${host}:${site.port}`, fake.url)
      } finally {
        await page.close()
      }
      expect.soft(await stateOf(fake.url)).toEqual(before)
      const onAdmin = attempts.filter((attempt) => !attempt.name.startsWith('control'))
      expect.soft(onAdmin.filter((attempt) => attempt.outcome.startsWith('read'))).toEqual([])
      expect.soft(attempts.filter((attempt) => attempt.outcome.includes('client-secret'))).toEqual([])
      // The page did reach the fake: its request to a function route is in the journal…
      expect.soft(await controlRequestsSeen(fake.url)).toBe(seen + 1)
      // …and CORS still applies to the real server's routes when it is on.
      const control = attempts.find((attempt) => attempt.name === 'control GET /healthz')?.outcome
      expect.soft(control?.startsWith('read 200')).toBe(config.readsRoutes(host))
    },
    60_000,
  )
})

describe('--admin-cors <origin>', () => {
  const fake = useFake(() => ['--admin-cors', `http://127.0.0.1:${site.port}`])

  it('lets that origin call /__admin with JSON and read the answer; another origin still cannot', async () => {
    const page = await browser.newPage()
    const reset = `(async (url) => {
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
        return response.status + ' ' + (await response.text())
      } catch (error) { return 'blocked: ' + error.name }
    })(${JSON.stringify(`${fake.url}/__admin/reset?session=victim`)})`
    try {
      await page.goto(`http://127.0.0.1:${site.port}/`)
      expect(await page.evaluate(reset)).toMatch(/^200 .*session \\"victim\\"/s)
      await page.goto(`http://localhost:${site.port}/`)
      expect(await page.evaluate(reset)).toBe('blocked: TypeError')
    } finally {
      await page.close()
    }
  })
})
