import { Hono } from 'hono'
import type { MetaEngine, MetaSnapshot } from '../engine/meta-engine.js'
import { noQuerySchema, readAdminInput } from './admin-input.js'
import { toAdminError, toAdminJson } from './admin-responses.js'

/** How many named snapshots the admin surface keeps (the oldest go first). */
export const SNAPSHOT_LIMIT = 50

/** `/__admin/sessions` and `/__admin/snapshots`. */
export function createSessionRoutes(engine: MetaEngine): Hono {
  const routes = new Hono()
  const snapshots = new Map<string, MetaSnapshot>()
  let nextSnapshot = 1
  routes.get('/sessions', async (c) => {
    const input = await readAdminInput(c, { query: noQuerySchema })
    if (input instanceof Response) return input
    return toAdminJson({
      sessions: engine.listSessions().map((session) => ({
        id: session.id,
        createdAt: new Date(session.createdAt).toISOString(),
        lastUsedAt: new Date(session.lastUsedAt).toISOString(),
        requests: session.journal.all().length,
      })),
    })
  })
  routes.delete('/sessions/:id', async (c) => {
    const input = await readAdminInput(c, { query: noQuerySchema })
    if (input instanceof Response) return input
    const dropped = engine.dropSession(c.req.param('id'))
    return dropped
      ? toAdminJson({ dropped: c.req.param('id') })
      : toAdminError(404, `no session "${c.req.param('id')}"`)
  })
  routes.post('/snapshots', async (c) => {
    const input = await readAdminInput(c, {})
    if (input instanceof Response) return input
    const id = String(nextSnapshot++)
    snapshots.set(id, engine.snapshot(input.session))
    for (const old of [...snapshots.keys()].slice(0, Math.max(0, snapshots.size - SNAPSHOT_LIMIT)))
      snapshots.delete(old)
    return toAdminJson({ id, session: input.session })
  })
  routes.get('/snapshots', async (c) => {
    const input = await readAdminInput(c, { query: noQuerySchema })
    if (input instanceof Response) return input
    return toAdminJson({ snapshots: [...snapshots.keys()] })
  })
  routes.post('/snapshots/:id/restore', async (c) => {
    const input = await readAdminInput(c, {})
    if (input instanceof Response) return input
    const snapshot = snapshots.get(c.req.param('id'))
    if (!snapshot)
      return toAdminError(404, `no snapshot "${c.req.param('id')}"`, { snapshots: [...snapshots.keys()] })
    engine.restore(snapshot, input.session)
    return toAdminJson({ restored: c.req.param('id'), session: input.session })
  })
  return routes
}
