import { Hono } from 'hono'
import { createDashboardRoutes } from '../../dashboard/dashboard-routes.js'
import { createEngineDashboardSource } from '../../dashboard/engine-source.js'
import type { MetaEngine } from '../../engine/meta-engine.js'
import { UnknownScenarioError } from '../../scenarios/scenario-set.js'
import { toAdminError, toAdminJson } from './admin-responses.js'
import { adminSession } from './admin-session.js'
import { createJournalRoutes } from './journal-routes.js'
import { toScenarioReport } from './scenario-report.js'
import { createSessionRoutes } from './session-routes.js'

/** The admin routes, for explanations of unmatched admin calls. */
export const ADMIN_ROUTES = [
  'GET    /__admin/health',
  'POST   /__admin/reset            (?all=true: every session)',
  'GET    /__admin/scenarios',
  'POST   /__admin/scenarios/{name}/activate',
  'DELETE /__admin/scenarios/active',
  'POST   /__admin/scenarios/active/reset',
  'GET    /__admin/requests         (?method=&path=&status=)',
  'POST   /__admin/requests/find    {filter}',
  'POST   /__admin/requests/count   {filter}',
  'DELETE /__admin/requests',
  'GET    /__admin/sessions',
  'DELETE /__admin/sessions/{id}',
  'POST   /__admin/snapshots        → {"id"}',
  'GET    /__admin/snapshots',
  'POST   /__admin/snapshots/{id}/restore',
  'GET    /__admin/ui               (the dashboard, in a browser)',
] as const

/** The fake's own control surface: health, reset, scenarios, journal, sessions, snapshots. */
export function createAdminRoutes(engine: MetaEngine): Hono {
  const admin = new Hono()
  admin.get('/health', (c) =>
    toAdminJson({
      status: 'ok',
      scenario: engine.scenarios.active?.scenario.name ?? null,
      sessions: engine.listSessions().length,
      revision: engine.session(adminSession(c)).ctx.store.revision,
      records: engine.session(adminSession(c)).ctx.store.recordCount,
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
  admin.route('/ui', createDashboardRoutes(createEngineDashboardSource(engine)))
  admin.all('*', (c) =>
    toAdminError(404, `no admin route ${c.req.method} ${new URL(c.req.url).pathname}`, {
      routes: ADMIN_ROUTES,
    }),
  )
  return admin
}
