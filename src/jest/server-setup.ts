// The real-server half of the Jest face: global setup and teardown, per-file sessions, matchers.
// It loads under `require` too (bundled into commonjs.cjs), so it imports no ESM-only dependency;
// the server itself is imported when the global setup runs, in Jest's own process, where native
// `import()` works even from CommonJS.
import type {} from 'expect'
import { ADMIN_TOKEN_ENV } from '../admin/admin-token.js'
import type { RequestFilter } from '../engine/journal.js'
import type { RunningServer, StartServerOptions } from '../node/index.js'
import type { TestHooks } from '../testing/install-msw.js'
import { type AdminClient, createAdminClient } from '../verify/admin-client.js'
import { metaMockMatchers, type ReceivedOptions } from '../verify/to-have-received.js'
import { SESSION_HEADER } from '../wire/session-header.js'

declare module 'expect' {
  interface Matchers<R, T> {
    /**
     * The fake received requests matching `filter` (at least once, or `times`). On an admin client
     * the check goes over HTTP: `await` it.
     */
    toHaveReceived(
      filter: RequestFilter,
      options?: ReceivedOptions,
    ): T extends AdminClient ? Promise<void> : R
  }
}

/** The Jest globals the helpers use; Jest injects them into every test file. */
export interface JestGlobals extends TestHooks {
  expect: { extend(matchers: object): void; getState(): { testPath?: string | null } }
}

const URL_VARIABLE = 'YR_META_MOCK_URL'
// Not named `jest`: Jest wraps CommonJS modules in a function with a `jest` parameter.
export const testGlobals = globalThis as unknown as Partial<JestGlobals> & {
  __yrMetaMockServer?: RunningServer
}

testGlobals.expect?.extend(metaMockMatchers)

/**
 * A `globalSetup` that starts one real server for the whole run and passes its URL to the test
 * workers in the `YR_META_MOCK_URL` environment variable, and its admin token, when it needs one,
 * in `YR_META_MOCK_ADMIN_TOKEN` (the variable the server itself reads), for `useTestClient`.
 * @example module.exports = metaMockGlobalSetup({ seed: 1 })
 */
export function metaMockGlobalSetup(options: StartServerOptions = {}) {
  return async (globalConfig?: JestConfigLike, projectConfig?: JestConfigLike): Promise<void> => {
    warnWithoutTeardown(globalConfig, projectConfig)
    const { startServer } = await import('../node/index.js')
    const server = await startServer({ port: 0, ...options })
    process.env[URL_VARIABLE] = server.url
    // Jest's workers inherit this process's environment; a token given as an option or generated
    // (beyond loopback) reaches them only this way.
    if (server.adminToken !== undefined) process.env[ADMIN_TOKEN_ENV] = server.adminToken
    testGlobals.__yrMetaMockServer = server
  }
}

/** What the setup reads of the configs Jest passes a `globalSetup` (its global one, then the project's). */
interface JestConfigLike {
  readonly globalTeardown?: string | null
}

/**
 * Without a `globalTeardown` the server keeps running and Jest never exits ("Jest did not exit one
 * second after the test run"): said once, naming the key. Not checked when called outside Jest.
 */
function warnWithoutTeardown(globalConfig?: JestConfigLike, projectConfig?: JestConfigLike): void {
  if (globalConfig === undefined || globalConfig.globalTeardown || projectConfig?.globalTeardown) return
  process.stderr.write(
    'yr-meta-mock: the Jest config has a globalSetup (metaMockGlobalSetup) but no "globalTeardown": ' +
      'the server it starts stays open and Jest will not exit. Add "globalTeardown" naming a file that ' +
      'exports metaMockGlobalTeardown (module.exports = metaMockGlobalTeardown).\n',
  )
}

/** The matching `globalTeardown`. @example module.exports = metaMockGlobalTeardown */
export async function metaMockGlobalTeardown(): Promise<void> {
  await testGlobals.__yrMetaMockServer?.close()
}

/** A session id unique to the running test file, so parallel files never see each other's writes. */
export function fileSession(): string {
  return `jest:${testGlobals.expect?.getState().testPath ?? 'unknown'}`
}

/**
 * The header that puts a request in this test file's session, for the consumer's own client.
 * @example const client = new MyMetaClient({ baseUrl: process.env.YR_META_MOCK_URL, headers: fileSessionHeaders() })
 */
export function fileSessionHeaders(): { 'x-mock-session': string } {
  return { [SESSION_HEADER]: fileSession() }
}

/**
 * A client of the global setup's server, bound to a session unique to the running test file. It
 * sends the admin token the option gives, else `YR_META_MOCK_ADMIN_TOKEN` (which the setup sets).
 */
export function useTestClient(
  baseUrl = process.env[URL_VARIABLE],
  options: { readonly adminToken?: string } = {},
): AdminClient {
  if (!baseUrl)
    throw new Error(`yr-meta-mock: ${URL_VARIABLE} is not set; add metaMockGlobalSetup to globalSetup`)
  return createAdminClient(baseUrl, { session: fileSession(), adminToken: options.adminToken })
}

export { createAdminClient, metaMockMatchers }
