import { Hono } from 'hono'
import type { MetaEngine } from '../../engine/meta-engine.js'
import { UnknownScenarioError } from '../../scenarios/scenario-set.js'
import { toAdminError, toAdminJson } from './admin-responses.js'
import { toScenarioReport } from './scenario-report.js'

/** The admin routes, for explanations of unmatched admin calls. */
export const ADMIN_ROUTES = [
  'GET    /__admin/health',
  'POST   /__admin/reset',
  'GET    /__admin/scenarios',
  'POST   /__admin/scenarios/{name}/activate',
  'DELETE /__admin/scenarios/active',
  'POST   /__admin/scenarios/active/reset',
] as const

/** The fake's own control surface: health, reset, scenarios. */
export function createAdminRoutes(engine: MetaEngine): Hono {
  const admin = new Hono()
  admin.get('/health', () =>
    toAdminJson({
      status: 'ok',
      scenario: engine.scenarios.active?.scenario.name ?? null,
      revision: engine.context.store.revision,
    }),
  )
  admin.post('/reset', async () => {
    await engine.reset()
    return toAdminJson({ reset: true, scenario: engine.scenarios.active?.scenario.name ?? null })
  })
  admin.get('/scenarios', () => toAdminJson(toScenarioReport(engine)))
  admin.post('/scenarios/active/reset', () => {
    engine.resetScenarioState()
    return toAdminJson(toScenarioReport(engine))
  })
  admin.delete('/scenarios/active', async () => {
    await engine.useScenario(undefined)
    return toAdminJson(toScenarioReport(engine))
  })
  admin.post('/scenarios/:name/activate', async (c) => {
    try {
      await engine.useScenario(c.req.param('name'))
    } catch (error) {
      if (!(error instanceof UnknownScenarioError)) throw error
      return toAdminError(404, error.message, { known: error.known })
    }
    return toAdminJson(toScenarioReport(engine))
  })
  admin.all('*', (c) =>
    toAdminError(404, `no admin route ${c.req.method} ${new URL(c.req.url).pathname}`, {
      routes: ADMIN_ROUTES,
    }),
  )
  return admin
}
