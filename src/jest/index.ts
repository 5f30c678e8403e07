// Jest integration (Jest 30, native ESM): MSW setup, a real server for globalSetup, matchers.
import type {} from 'expect'
import type { RequestFilter } from '../engine/journal.js'
import { type RunningServer, type StartServerOptions, startServer } from '../node/start-server.js'
import {
  installMetaMockMsw,
  type MswSetup,
  type MswSetupOptions,
  type TestHooks,
} from '../testing/install-msw.js'
import { type AdminClient, createAdminClient } from '../verify/admin-client.js'
import { metaMockMatchers, type ReceivedOptions } from '../verify/to-have-received.js'

declare module 'expect' {
  interface Matchers<R> {
    /** The fake received requests matching `filter` (at least once, or `times`). */
    toHaveReceived(filter: RequestFilter, options?: ReceivedOptions): R
  }
}

/** The Jest globals the helpers use; Jest injects them into every test file. */
interface JestGlobals extends TestHooks {
  expect: { extend(matchers: object): void; getState(): { testPath?: string | null } }
}

const URL_VARIABLE = 'YR_META_MOCK_URL'
const jest = globalThis as unknown as Partial<JestGlobals> & { __yrMetaMockServer?: RunningServer }

jest.expect?.extend(metaMockMatchers)

/**
 * Installs the fake as MSW handlers for this test file: unhandled requests fail (under msw 2 and
 * msw 3), and handlers and data are reset after each test.
 * @example const { service } = useMetaMockMsw({ seed: 1 })
 */
export function useMetaMockMsw(options: MswSetupOptions = {}): MswSetup {
  return installMetaMockMsw(jest as JestGlobals, options)
}

/**
 * A `globalSetup` that starts one real server for the whole run and passes its URL to the test
 * workers in the `YR_META_MOCK_URL` environment variable.
 * @example export default metaMockGlobalSetup({ seed: 1 })
 */
export function metaMockGlobalSetup(options: StartServerOptions = {}) {
  return async () => {
    const server = await startServer({ port: 0, ...options })
    process.env[URL_VARIABLE] = server.url
    jest.__yrMetaMockServer = server
  }
}

/** The matching `globalTeardown`. @example export default metaMockGlobalTeardown */
export async function metaMockGlobalTeardown(): Promise<void> {
  await jest.__yrMetaMockServer?.close()
}

/** A client of the global setup's server, bound to a session unique to the running test file. */
export function useTestClient(baseUrl = process.env[URL_VARIABLE]): AdminClient {
  if (!baseUrl)
    throw new Error(`yr-meta-mock: ${URL_VARIABLE} is not set; add metaMockGlobalSetup to globalSetup`)
  const testPath = jest.expect?.getState().testPath ?? 'unknown'
  return createAdminClient(baseUrl, { session: `jest:${testPath}` })
}

export type { MswServerLike, MswSetup, MswSetupOptions } from '../testing/install-msw.js'
export { createAdminClient, metaMockMatchers }
