// Vitest integration: MSW setup, a real server for globalSetup, per-file sessions, matchers.
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest'
import type { TestProject } from 'vitest/node'
import type { RequestFilter } from '../engine/journal.js'
import type { StartServerOptions } from '../node/start-server.js'
import { installMetaMockMsw, type MswSetup, type MswSetupOptions } from '../testing/install-msw.js'
import { type AdminClient, createAdminClient } from '../verify/admin-client.js'
import { metaMockMatchers, type ReceivedOptions } from '../verify/to-have-received.js'
import { SESSION_HEADER } from '../wire/session-header.js'

declare module 'vitest' {
  // No type parameters: Vitest 4 declares `Matchers<T = any>` and Vitest 5 `Matchers<R, T>`, and a
  // merged declaration must repeat one list exactly or none (all are defaulted), so this one works
  // with both. Neither lets the return type follow the subject across both versions (Vitest 4's
  // `Assertion<T>` is Vitest 5's `Assertion<R, T>`), so it is a Promise for every subject: on an
  // admin client the check goes over HTTP, and a forgotten `await` must show (no-floating-promises);
  // on a service it is checked at once and awaiting it costs nothing.
  interface Matchers {
    /** The fake received requests matching `filter` (at least once, or `times`); `await` it. */
    toHaveReceived(filter: RequestFilter, options?: ReceivedOptions): Promise<void>
  }
  interface ProvidedContext {
    yrMetaMockUrl: string
    /** The admin token of the server the global setup started ('' when it needs none). */
    yrMetaMockAdminToken: string
  }
}

expect.extend(metaMockMatchers)

/**
 * Installs the fake as MSW handlers for this test file: unhandled requests fail (under msw 2 and
 * msw 3), and handlers and data are reset after each test. Call it at the top level of a setup file.
 * @example export const metaMock = useMetaMockMsw({ seed: 1 }) // metaMock.server.use(...) in tests
 */
export function useMetaMockMsw(options: MswSetupOptions = {}): MswSetup {
  return installMetaMockMsw({ beforeAll, afterEach, afterAll }, options)
}

/**
 * A `globalSetup` that starts one real server on a free loopback port for the whole run and
 * provides its URL as `inject('yrMetaMockUrl')` (and its admin token, if it needs one, for `useTestClient`).
 * @example export default metaMockGlobalSetup({ seed: 1 })
 */
export function metaMockGlobalSetup(options: StartServerOptions = {}) {
  return async (project: TestProject) => {
    // Imported here, in Vitest's main process: a test file that imports this module for
    // `useMetaMockMsw` does not load the HTTP server (the Node face's modules) in its worker.
    const { startServer } = await import('../node/start-server.js')
    const server = await startServer({ port: 0, ...options })
    project.provide('yrMetaMockUrl', server.url)
    project.provide('yrMetaMockAdminToken', server.adminToken ?? '')
    return () => server.close()
  }
}

/** A session id unique to the running test file, so parallel files never see each other's writes. */
export function fileSession(): string {
  return `vitest:${expect.getState().testPath ?? 'unknown'}`
}

/**
 * The header that puts a request in this test file's session, for the consumer's own client.
 * @example const client = new MyMetaClient({ baseUrl: inject('yrMetaMockUrl'), headers: fileSessionHeaders() })
 */
export function fileSessionHeaders(): { 'x-mock-session': string } {
  return { [SESSION_HEADER]: fileSession() }
}

/**
 * A client of the server the global setup started, bound to this test file's session. It sends the
 * admin token the option gives, else the one the global setup provided, else `YR_META_MOCK_ADMIN_TOKEN`.
 * @example const fake = useTestClient(); await fake.fetch('/serverless/v1/functions')
 */
export function useTestClient(
  baseUrl: string = inject('yrMetaMockUrl'),
  options: { readonly adminToken?: string } = {},
): AdminClient {
  // inject() gives undefined when a global setup of the user's own provided only the URL.
  const adminToken = options.adminToken ?? (inject('yrMetaMockAdminToken') || undefined)
  return createAdminClient(baseUrl, { session: fileSession(), adminToken })
}

export type { MswServerLike, MswSetup, MswSetupOptions } from '../testing/install-msw.js'
export type { AdminClient, AdminClientOptions } from '../verify/admin-client.js'
export { createAdminClient, metaMockMatchers }
