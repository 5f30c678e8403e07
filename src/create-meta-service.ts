import type { Hono } from 'hono'
import { MetaEngine, type MetaServiceOptions } from './engine/meta-engine.js'
import { createApp } from './http/create-app.js'

/** One fake meta_service: its engine and the Hono app every face serves. */
export interface MetaService {
  /** The Hono app (`app.request('/healthz')` in tests). */
  readonly app: Hono
  /** Answers a Fetch request; a dropped connection is `Response.error()`. */
  fetch(request: Request): Promise<Response>
  /** Settles when the seeded state is ready (requests wait for it by themselves). */
  readonly ready: Promise<void>
  /** Back to the baseline: the seed plus the loaded functions (and the active scenario's). */
  reset(): Promise<void>
  /** Switches to a loaded scenario (undefined: none), resetting to its baseline. */
  useScenario(name: string | undefined): Promise<void>
  /** The engine: settings, the current store, the logger. */
  readonly engine: MetaEngine
}

/**
 * Builds a fake meta_service, seeded and ready to answer once `ready` settles.
 * @example const service = createMetaService({ seed: 7 }); await service.fetch(new Request(url))
 */
export function createMetaService(options: MetaServiceOptions = {}): MetaService {
  const engine = new MetaEngine(options)
  const app = createApp(engine)
  return {
    app,
    engine,
    fetch: async (request) => app.fetch(request),
    get ready() {
      return engine.ready
    },
    reset: () => engine.reset(),
    useScenario: (name) => engine.useScenario(name),
  }
}
