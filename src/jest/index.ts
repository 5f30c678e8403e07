// Jest integration (Jest 30): MSW setup (native ESM only), a real server for globalSetup, matchers.
// Under `require`, the exports map serves commonjs.cjs instead (see commonjs.cts).
import { installMetaMockMsw, type MswSetup, type MswSetupOptions } from '../testing/install-msw.js'
import { type JestGlobals, testGlobals } from './server-setup.js'

/**
 * Installs the fake as MSW handlers for this test file: unhandled requests fail (under msw 2 and
 * msw 3), and handlers and data are reset after each test.
 * @example const { service } = useMetaMockMsw({ seed: 1 })
 */
export function useMetaMockMsw(options: MswSetupOptions = {}): MswSetup {
  return installMetaMockMsw(testGlobals as JestGlobals, options)
}

export type { MswServerLike, MswSetup, MswSetupOptions } from '../testing/install-msw.js'
export type { AdminClient, AdminClientOptions } from '../verify/admin-client.js'
export {
  createAdminClient,
  fileSession,
  fileSessionHeaders,
  metaMockGlobalSetup,
  metaMockGlobalTeardown,
  metaMockMatchers,
  useTestClient,
} from './server-setup.js'
