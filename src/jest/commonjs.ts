// Jest integration under `require` (CommonJS Jest, ts-jest, babel-jest): the real-server setup and
// the matchers. The build bundles this file into dist/jest/commonjs.cjs (types: commonjs.d.cts). The MSW setup needs the
// fake in-process, whose dependencies are ESM only: it needs Jest in native ESM mode.
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

/** Not available under CommonJS: it throws, saying what to do instead. */
export function useMetaMockMsw(_options?: unknown): never {
  throw new Error(
    'yr-meta-mock: useMetaMockMsw needs Jest in native ESM mode (the in-process fake depends on ' +
      'ESM-only packages). Run Jest with node --experimental-vm-modules and import yr-meta-mock/jest, ' +
      'or use metaMockGlobalSetup and useTestClient, which work under require.',
  )
}
