import { Hono } from 'hono'
import type { RequestFilter } from '../engine/journal.js'
import type { MetaEngine } from '../engine/meta-engine.js'
import { toAdminError, toAdminJson } from './admin-responses.js'
import { adminSession } from './admin-session.js'

/** `/__admin/requests`: the journal of the caller's session (its `x-mock-session`). */
export function createJournalRoutes(engine: MetaEngine): Hono {
  const routes = new Hono()
  routes.get('/requests', (c) => {
    const journal = engine.session(adminSession(c)).journal
    const filter = toQueryFilter(new URL(c.req.url).searchParams)
    return toAdminJson({ requests: journal.find(filter) })
  })
  routes.post('/requests/find', async (c) => {
    const filter = await readFilter(c.req.raw)
    if (filter instanceof Response) return filter
    const journal = engine.session(adminSession(c)).journal
    return toAdminJson({ requests: journal.find(filter), nearMisses: journal.nearMisses(filter) })
  })
  routes.post('/requests/count', async (c) => {
    const filter = await readFilter(c.req.raw)
    if (filter instanceof Response) return filter
    return toAdminJson({ count: engine.session(adminSession(c)).journal.count(filter) })
  })
  routes.delete('/requests', (c) => {
    engine.session(adminSession(c)).journal.clear()
    return toAdminJson({ cleared: true })
  })
  return routes
}

function toQueryFilter(params: URLSearchParams): RequestFilter {
  const status = params.get('status')
  return {
    ...(params.get('method') ? { method: params.get('method') as string } : {}),
    ...(params.get('path') ? { path: params.get('path') as string } : {}),
    ...(status ? { status: Number(status) } : {}),
  }
}

async function readFilter(request: Request): Promise<RequestFilter | Response> {
  const text = await request.text()
  if (text.trim() === '') return {}
  try {
    const filter = JSON.parse(text) as unknown
    if (typeof filter === 'object' && filter !== null && !Array.isArray(filter))
      return filter as RequestFilter
  } catch {
    // answered below
  }
  return toAdminError(
    400,
    'the body must be a JSON object: a request filter like {"method":"POST","path":"/serverless/v1/functions"}',
  )
}
