import type { MetaServiceOptions } from '../engine/meta-engine.js'
import { createMetaService, type MetaService } from '../fake/create-meta-service.js'
import { loopbackBaseUrls, STRICT_UNHANDLED } from './strict-unhandled.js'

/** What the helpers use of an MSW server (structural, so server-only users need no msw types). */
export interface MswServerLike {
  listen(options?: unknown): void
  use(...handlers: unknown[]): void
  resetHandlers(...handlers: unknown[]): void
  close(): void
}

/** The lifecycle hooks of a test runner. */
export interface TestHooks {
  beforeAll(fn: () => unknown): void
  afterEach(fn: () => unknown): void
  afterAll(fn: () => unknown): void
}

/** Options of `useMetaMockMsw`: where to intercept, and the fake to serve (or options to build one). */
export interface MswSetupOptions extends MetaServiceOptions {
  /**
   * Where the code under test calls the fake: one origin (optionally with a path prefix) or several.
   * Default: `localhost`, `127.0.0.1` and `[::1]` on `port`.
   */
  readonly baseUrl?: string | readonly string[]
  /** The port intercepted on the loopback names when `baseUrl` is absent. Default: 31182. */
  readonly port?: number
  readonly service?: MetaService
}

/** The fake and its MSW server; `server` exists once the `beforeAll` hook has run. */
export interface MswSetup {
  readonly service: MetaService
  readonly server: MswServerLike
}

/**
 * Registers hooks that serve the fake through MSW: unhandled requests fail, and handlers and data
 * are reset after each test. msw is imported when the hooks run, so helpers that do not use MSW
 * never load it.
 */
export function installMetaMockMsw(hooks: TestHooks, options: MswSetupOptions = {}): MswSetup {
  const service = options.service ?? createMetaService(options)
  let server: MswServerLike | undefined
  hooks.beforeAll(async () => {
    // Data that cannot be built (a fixture the server would refuse) fails here, once, naming the
    // fixture: not on every intercepted request, which waits for it.
    await service.ready
    const [{ setupServer }, { createHandlers }] = await Promise.all([
      import('msw/node'),
      import('../msw/create-handlers.js'),
    ])
    server = setupServer(
      ...createHandlers(service, { baseUrl: options.baseUrl ?? loopbackBaseUrls(options.port) }),
    ) as MswServerLike
    server.listen(STRICT_UNHANDLED)
  })
  hooks.afterEach(async () => {
    server?.resetHandlers()
    await service.reset()
  })
  hooks.afterAll(() => server?.close())
  return {
    service,
    get server() {
      if (!server) throw new Error('yr-meta-mock: the MSW server starts in beforeAll; use it inside tests')
      return server
    },
  }
}
