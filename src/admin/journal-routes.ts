import { Hono } from 'hono'
import { searchJournal } from '../engine/journal-search.js'
import type { MetaEngine } from '../engine/meta-engine.js'
import { scenarioSchemas } from '../scenarios/scenario-schema.js'
import { lazy } from '../support/lazy.js'
import { z } from '../support/zod.js'
import { readAdminInput, sessionQuerySchema } from './admin-input.js'
import { toAdminJson } from './admin-responses.js'

/**
 * The body of `POST /__admin/requests/find` and `/count`: the filter itself, a rule's match plus the
 * answer's status, e.g. `{"method":"DELETE","path":"/serverless/v1/functions/*"}` (no wrapper).
 */
export const requestFilterSchema = lazy(() =>
  scenarioSchemas().ruleMatchSchema.extend({
    status: z.number().int().min(100).max(599).optional().describe('the HTTP status answered'),
  }),
)

/** `GET /__admin/requests?method=&path=&status=&session=`. */
export const requestQuerySchema = lazy(() =>
  sessionQuerySchema.extend({
    method: z.string().optional(),
    path: scenarioSchemas().pathPatternSchema.optional(),
    status: z
      .string()
      .regex(/^[1-5]\d\d$/, 'a three-digit HTTP status')
      .transform(Number)
      .optional(),
  }),
)

/**
 * `/__admin/requests`: the journal of the caller's session (`x-mock-session` or `?session=`), with
 * what it holds and has dropped. Reading a session that does not exist reads an empty journal and
 * creates nothing (a probe must not push a real session out). Searches run in slices
 * (searchJournal), so a long journal never holds other requests up.
 */
export function createJournalRoutes(engine: MetaEngine): Hono {
  const routes = new Hono()
  routes.get('/requests', async (c) => {
    const input = await readAdminInput(c, { query: requestQuerySchema() })
    if (input instanceof Response) return input
    const { session: _session, ...filter } = input.query
    const journal = engine.readSession(input.session).journal
    const { requests } = await searchJournal(journal, filter, 0)
    return toAdminJson({ requests, journal: journal.stats })
  })
  routes.post('/requests/find', async (c) => {
    const input = await readAdminInput(c, { body: requestFilterSchema() })
    if (input instanceof Response) return input
    const journal = engine.readSession(input.session).journal
    return toAdminJson({ ...(await searchJournal(journal, input.body)), journal: journal.stats })
  })
  routes.post('/requests/count', async (c) => {
    const input = await readAdminInput(c, { body: requestFilterSchema() })
    if (input instanceof Response) return input
    const { requests } = await searchJournal(engine.readSession(input.session).journal, input.body, 0)
    return toAdminJson({ count: requests.length })
  })
  routes.delete('/requests', async (c) => {
    const input = await readAdminInput(c, {})
    if (input instanceof Response) return input
    engine.readSession(input.session).journal.clear()
    return toAdminJson({ cleared: true })
  })
  return routes
}
