import { Hono } from 'hono'
import { createDashboardRoutes } from '../dashboard/dashboard-routes.js'
import { createEngineDashboardSource } from '../dashboard/engine-source.js'
import { FixtureLoadError } from '../engine/baseline.js'
import type { MetaEngine } from '../engine/meta-engine.js'
import { type KeptSnapshot, SnapshotShelf } from '../engine/snapshot-shelf.js'
import { listRoutes } from '../real-server/route-lines.js'
import { UnknownScenarioError } from '../scenarios/scenario-set.js'
import { z } from '../support/zod.js'
import { readAdminBody, readAdminInput, readAdminQuery, sessionQuerySchema } from './admin-input.js'
import { toAdminError, toAdminJson } from './admin-responses.js'
import { createJournalRoutes } from './journal-routes.js'
import { createOpenApiRoutes } from './openapi-routes.js'
import { createRecordingRoutes } from './recording-routes.js'
import { toScenarioReport } from './scenario-report.js'
import { createSessionRoutes } from './session-routes.js'

/** Where the fake's own admin surface lives; never part of the real server. */
export const ADMIN_PREFIX = '/__admin'

/** `POST /__admin/reset?all=true` resets every session; otherwise the caller's. */
const resetQuerySchema = sessionQuerySchema.extend({
  all: z.enum(['true', 'false']).optional().describe('reset every session'),
})

/** The fake's own control surface: health, reset, scenarios, journal, sessions, snapshots. */
export function createAdminRoutes(engine: MetaEngine): Hono {
  const admin = new Hono()
  admin.onError((error, c) => {
    // The client went away while its body was read (a malformed chunk, a reset): no one to answer, no bug to log.
    if (c.req.raw.signal.aborted || (error as { code?: unknown }).code === 'ECONNRESET')
      return toAdminError(400, 'the request ended before its body did')
    // A bug in the fake: logged (at the log level asked for), answered without internals.
    engine.log.error(`unexpected error while answering ${c.req.method} ${c.req.path}`, error)
    return toAdminError(500, "yr-meta-mock: internal error in the admin surface (see the fake's log)")
  })
  admin.get('/health', async (c) => {
    const input = await readAdminInput(c, {})
    if (input instanceof Response) return input
    const { store } = engine.readSession(input.session).state
    return toAdminJson({
      status: 'ok',
      scenario: engine.scenarios.active?.scenario.name ?? null,
      sessions: engine.sessionCount,
      revision: store.revision,
      records: store.recordCount,
      journal: engine.journalTotals,
    })
  })
  admin.post('/reset', async (c) => {
    const input = await readAdminInput(c, { query: resetQuerySchema })
    if (input instanceof Response) return input
    const all = input.query.all === 'true'
    await engine.reset(all ? {} : { session: input.session })
    return toAdminJson({ reset: all ? 'all sessions' : `session "${input.session}"` })
  })
  admin.get('/scenarios', async (c) => {
    const input = await readAdminInput(c, {})
    if (input instanceof Response) return input
    return toAdminJson(toScenarioReport(engine, input.session))
  })
  admin.post('/scenarios/active/reset', async (c) => {
    const input = await readAdminInput(c, {})
    if (input instanceof Response) return input
    engine.resetScenarioState(input.session)
    return toAdminJson(toScenarioReport(engine, input.session))
  })
  admin.delete('/scenarios/active', async (c) => {
    const input = await readAdminInput(c, {})
    if (input instanceof Response) return input
    await engine.useScenario(undefined)
    return toAdminJson(toScenarioReport(engine, input.session))
  })
  admin.post('/scenarios/:name/activate', async (c) => {
    const input = await readAdminInput(c, {})
    if (input instanceof Response) return input
    try {
      await engine.useScenario(c.req.param('name'))
    } catch (error) {
      // A scenario whose data cannot be built changes nothing (decision 0024): a conflict, not a crash.
      if (error instanceof FixtureLoadError)
        return toAdminError(409, `${error.message}; nothing changed`, {
          active: engine.scenarios.active?.scenario.name ?? null,
        })
      if (!(error instanceof UnknownScenarioError)) throw error
      return toAdminError(404, error.message, { known: error.known })
    }
    return toAdminJson(toScenarioReport(engine, input.session))
  })
  admin.route('/', createJournalRoutes(engine))
  // One shelf for the admin surface and the dashboard: one id space, so "1" is the same snapshot
  // from either. At most 50 snapshots and 64 MiB of data written since the baseline (oldest go first).
  const snapshots = new SnapshotShelf<KeptSnapshot>()
  admin.route('/', createSessionRoutes(engine, snapshots))
  admin.route('/', createRecordingRoutes(engine))
  admin.route(
    '/',
    createOpenApiRoutes(() => engine.serverVersion),
  )
  const strictInput = { query: readAdminQuery, body: readAdminBody }
  admin.route('/ui', createDashboardRoutes(createEngineDashboardSource(engine, snapshots), strictInput))
  // Taken from the routes themselves (with the prefix the front door mounts them under).
  const routes = listRoutes(new Hono().route(ADMIN_PREFIX, admin))
  admin.all('*', (c) =>
    toAdminError(404, `no admin route ${c.req.method} ${new URL(c.req.url).pathname}`, { routes }),
  )
  return admin
}
