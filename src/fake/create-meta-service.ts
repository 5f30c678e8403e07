import { Hono } from 'hono'
import { checkAdminToken } from '../admin/admin-token.js'
import type { JournalEntry, NearMiss, RequestFilter } from '../engine/journal.js'
import { MetaEngine, type MetaServiceOptions, type MetaSnapshot } from '../engine/meta-engine.js'
import type { RouteLine } from '../real-server/route-lines.js'
import type { MaybePromise } from '../support/maybe-promise.js'
import type { FaceBindings } from '../wire/face-bindings.js'
import { type Outcome, toFetchResponse } from '../wire/outcome.js'
import { checkAdminCors } from './admin-browser-access.js'
import { type Access, createFrontDoor, type HandleRequest, withAccess } from './front-door.js'

/** Which session a call is about; absent: the default session (requests without `x-mock-session`). */
export interface SessionOption {
  readonly session?: string
}

/** The requests a fake received, per session. */
export interface MetaJournal {
  /** Requests matching the filter (a rule's request match plus `status`), oldest first. */
  find(filter?: RequestFilter, options?: SessionOption): JournalEntry[]
  count(filter?: RequestFilter, options?: SessionOption): number
  /** The received requests closest to a filter that they do not match, and how they differ. */
  nearMisses(filter: RequestFilter, options?: SessionOption): NearMiss[]
  clear(options?: SessionOption): void
}

/** One fake meta_service: its engine and the Hono app every face serves. */
export interface MetaService {
  /** The Hono app (`app.request('/healthz')` in tests). */
  readonly app: Hono
  /**
   * Answers a Fetch request, with the service's own access rules; a dropped connection is
   * `Response.error()`, a truncated one a body that fails part way. Faces pass what they know.
   */
  fetch(request: Request, face?: FaceBindings): Promise<Response>
  /**
   * Answers with what to do with the connection (answer, truncate, drop), before any access rule:
   * for faces that carry out faults themselves and apply the access rules of where they listen.
   */
  handle(request: Request, face?: FaceBindings): MaybePromise<Outcome>
  /** The access rules this service was built with (`cors`, `adminCors`, `adminToken` options). */
  readonly access: Access
  /** Every route served, one line each: the real server's, then `/__admin`'s. */
  readonly routes: readonly RouteLine[]
  /** Settles when the baseline is ready (requests wait for it by themselves). */
  readonly ready: Promise<void>
  /** Back to the baseline: every session, or the one named. */
  reset(options?: SessionOption): Promise<void>
  /** Switches to a loaded scenario (undefined: none), resetting every session to its baseline. */
  useScenario(name: string | undefined): Promise<void>
  /** A saved copy of a session's data and scenario progress. */
  snapshot(options?: SessionOption): MetaSnapshot
  /** Puts a session back to a snapshot. */
  restore(snapshot: MetaSnapshot, options?: SessionOption): void
  readonly journal: MetaJournal
  /** The engine: settings, sessions, scenarios, the logger. */
  readonly engine: MetaEngine
}

/**
 * Builds a fake meta_service, seeded and ready to answer once `ready` settles.
 * @example const service = createMetaService({ seed: 7 }); await service.fetch(new Request(url))
 */
export function createMetaService(options: MetaServiceOptions = {}): MetaService {
  const engine = new MetaEngine(options)
  const door = createFrontDoor(engine)
  const access: Access = {
    cors: options.cors,
    adminCors: checkAdminCors(options.adminCors),
    adminToken: checkAdminToken(options.adminToken),
  }
  const guarded = withAccess(door.handle, access)
  const fetchFake = async (request: Request, face?: FaceBindings) =>
    toFetchResponse(await guarded(request, face))
  const app = createApp(guarded)
  // Reads: a session that does not exist has an empty journal, and is not created.
  const journalOf = (options?: SessionOption) => engine.readSession(options?.session).journal
  return {
    app,
    engine,
    fetch: fetchFake,
    handle: door.handle,
    access,
    routes: door.routes,
    get ready() {
      return engine.ready
    },
    reset: (options) => engine.reset(options),
    useScenario: (name) => engine.useScenario(name),
    snapshot: (options) => engine.snapshot(options?.session),
    restore: (snapshot, options) => engine.restore(snapshot, options?.session),
    journal: {
      find: (filter, options) => journalOf(options).find(filter),
      count: (filter, options) => journalOf(options).count(filter),
      nearMisses: (filter, options) => journalOf(options).nearMisses(filter),
      clear: (options) => journalOf(options).clear(),
    },
  }
}

/**
 * The pipeline as a Hono app, for `app.request()` in tests and for mounting in other apps.
 * @example const app = createApp(handle); await app.request('/healthz')
 */
function createApp(handle: HandleRequest): Hono {
  return new Hono().all('*', async (c) =>
    toFetchResponse(await handle(c.req.raw, c.env as FaceBindings | undefined)),
  )
}
