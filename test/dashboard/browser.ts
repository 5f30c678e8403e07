import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { type RunningServer, type StartServerOptions, startServer } from '../../src/node/start-server.js'

/** Debian's Chromium; never a downloaded browser. `.ci/run` installs it when it is missing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
/** Where `npm run screenshots` writes the README's pictures. */
const SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots')

/** A browser and a fake for one test file, started before its tests and stopped after. */
export interface DashboardHarness {
  readonly server: RunningServer
  readonly page: Page
  /** The fake's URL plus a path. */
  url(path: string): string
  /** The dashboard at a view (`#/state?session=s:alpha`), once its heading is shown. */
  open(hash: string): Promise<void>
  /** Waits until the page's live stream is connected. */
  waitForLive(): Promise<void>
  /** Writes `docs/screenshots/<name>.png` when run by `npm run screenshots`. */
  screenshot(name: string): Promise<void>
}

/** Debian's Chromium, headless, as every browser test here drives it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`)
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true, timeout: 20_000 })
}

export function useDashboard(options: StartServerOptions = {}): DashboardHarness {
  let browser: Browser | undefined
  let server: RunningServer | undefined
  let page: Page | undefined
  beforeAll(async () => {
    server = await startServer({ port: 0, logLevel: 'silent', ...options })
    browser = await launchChromium()
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
    context.setDefaultTimeout(8_000)
    page = await context.newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the dashboard harness has not started')
    return value
  }
  return {
    get server() {
      return need(server)
    },
    get page() {
      return need(page)
    },
    url: (path) => `${need(server).url}${path}`,
    async open(hash) {
      await need(page).goto(`${need(server).url}/__admin/ui${hash}`)
      await need(page).locator('main h1').waitFor()
    },
    async waitForLive() {
      await need(page).locator('#live[data-state="on"]').waitFor()
    },
    async screenshot(name) {
      if (!process.env.DASHBOARD_SCREENSHOTS) return
      mkdirSync(SCREENSHOT_DIR, { recursive: true })
      await need(page).screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
    },
  }
}

/** A request to the fake, optionally in a session. */
export async function call(
  url: string,
  init: RequestInit & { session?: string } = {},
): Promise<{ status: number; body: unknown }> {
  const headers = new Headers(init.headers)
  if (init.session !== undefined) headers.set('x-mock-session', init.session)
  const response = await fetch(url, { ...init, headers })
  const text = await response.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: kept as text
  }
  return { status: response.status, body }
}

/** The body of a create request the fake accepts. */
export function createBody(name: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ name, runtime: 'python3.9', cpu: 500, memory: 256, timeout: 30, ...extra })
}
