// Types of dist/jest/commonjs.cjs, the `require` face of yr-meta-mock/jest. They point at the ESM
// declarations with `resolution-mode: import`, which a CommonJS file may do for types (TS >= 5.3);
// loading server-setup's declarations also brings the `toHaveReceived` type onto Jest's `expect`.
type ServerSetup = typeof import('./server-setup.js', { with: { 'resolution-mode': 'import' }})

export type AdminClient = import('../verify/admin-client.js', { with: {
  'resolution-mode': 'import',
}}).AdminClient
export type AdminClientOptions = import('../verify/admin-client.js', { with: {
  'resolution-mode': 'import',
}}).AdminClientOptions
export declare const createAdminClient: ServerSetup['createAdminClient']
export declare const fileSession: ServerSetup['fileSession']
export declare const fileSessionHeaders: ServerSetup['fileSessionHeaders']
export declare const metaMockGlobalSetup: ServerSetup['metaMockGlobalSetup']
export declare const metaMockGlobalTeardown: ServerSetup['metaMockGlobalTeardown']
export declare const metaMockMatchers: ServerSetup['metaMockMatchers']
export declare const useTestClient: ServerSetup['useTestClient']
/** Not available under CommonJS: it throws, saying to run Jest in native ESM mode. */
export declare function useMetaMockMsw(_options?: unknown): never
