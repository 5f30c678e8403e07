import { Hono } from 'hono'
import { createDashboardRoutes } from '../dashboard/dashboard-routes.js'
import { createEngineDashboardSource } from '../dashboard/engine-source.js'
import type { MetaEngine } from '../engine/meta-engine.js'
import { listRoutes } from '../real-server/route-lines.js'
import { UnknownScenarioError } from '../scenarios/scenario-set.js'
import { toAdminError, toAdminJson } from './admin-responses.js'
import { adminSession } from './admin-session.js'
import { createJournalRoutes } from './journal-routes.js'
import { createOpenApiRoutes } from './openapi-routes.js'
import { toScenarioReport } from './scenario-report.js'
import { createSessionRoutes } from './session-routes.js'

/** Where the fake's own admin surface lives; never part of the real server. */
export const ADMIN_PREFIX = '/__admin'

/** The fake's own control surface: health, reset, scenarios, journal, sessions, snapshots. */
export function createAdminRoutes(engine: MetaEngine): Hono {
  const admin = new Hono()
  admin.get('/health', (c) =>
    toAdminJson({
      status: 'ok',
      scenario: engine.scenarios.active?.scenario.name ?? null,
      sessions: engine.listSessions().length,
      revision: engine.session(adminSession(c)).state.store.revision,
      records: engine.session(adminSession(c)).state.store.recordCount,
    }),
  )
  admin.post('/reset', async (c) => {
    const all = c.req.query('all') === 'true'
    await engine.reset(all ? {} : { session: adminSession(c) })
    return toAdminJson({ reset: all ? 'all sessions' : `session "${adminSession(c)}"` })
  })
  admin.get('/scenarios', (c) => toAdminJson(toScenarioReport(engine, adminSession(c))))
  admin.post('/scenarios/active/reset', (c) => {
    engine.resetScenarioState(adminSession(c))
    return toAdminJson(toScenarioReport(engine, adminSession(c)))
  })
  admin.delete('/scenarios/active', async (c) => {
    await engine.useScenario(undefined)
    return toAdminJson(toScenarioReport(engine, adminSession(c)))
  })
  admin.post('/scenarios/:name/activate', async (c) => {
    try {
      await engine.useScenario(c.req.param('name'))
    } catch (error) {
      if (!(error instanceof UnknownScenarioError)) throw error
      return toAdminError(404, error.message, { known: error.known })
    }
    return toAdminJson(toScenarioReport(engine, adminSession(c)))
  })
  admin.route('/', createJournalRoutes(engine))
  admin.route('/', createSessionRoutes(engine))
  admin.route('/', createOpenApiRoutes())
  admin.route('/ui', createDashboardRoutes(createEngineDashboardSource(engine)))
  // Taken from the routes themselves (with the prefix the front door mounts them under).
  const routes = listRoutes(new Hono().route(ADMIN_PREFIX, admin))
  admin.all('*', (c) =>
    toAdminError(404, `no admin route ${c.req.method} ${new URL(c.req.url).pathname}`, { routes }),
  )
  return admin
}
