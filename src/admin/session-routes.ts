import { Hono } from 'hono'
import type { MetaEngine, MetaSnapshot } from '../engine/meta-engine.js'
import { toAdminError, toAdminJson } from './admin-responses.js'
import { adminSession } from './admin-session.js'

/** How many named snapshots the admin surface keeps (the oldest go first). */
const SNAPSHOT_LIMIT = 50

/** `/__admin/sessions` and `/__admin/snapshots`. */
export function createSessionRoutes(engine: MetaEngine): Hono {
  const routes = new Hono()
  const snapshots = new Map<string, MetaSnapshot>()
  let nextSnapshot = 1
  routes.get('/sessions', () =>
    toAdminJson({
      sessions: engine.listSessions().map((session) => ({
        id: session.id,
        createdAt: new Date(session.createdAt).toISOString(),
        lastUsedAt: new Date(session.lastUsedAt).toISOString(),
        requests: session.journal.all().length,
      })),
    }),
  )
  routes.delete('/sessions/:id', (c) => {
    const dropped = engine.dropSession(c.req.param('id'))
    return dropped
      ? toAdminJson({ dropped: c.req.param('id') })
      : toAdminError(404, `no session "${c.req.param('id')}"`)
  })
  routes.post('/snapshots', (c) => {
    const id = String(nextSnapshot++)
    snapshots.set(id, engine.snapshot(adminSession(c)))
    for (const old of [...snapshots.keys()].slice(0, Math.max(0, snapshots.size - SNAPSHOT_LIMIT)))
      snapshots.delete(old)
    return toAdminJson({ id, session: adminSession(c) })
  })
  routes.get('/snapshots', () => toAdminJson({ snapshots: [...snapshots.keys()] }))
  routes.post('/snapshots/:id/restore', (c) => {
    const snapshot = snapshots.get(c.req.param('id'))
    if (!snapshot)
      return toAdminError(404, `no snapshot "${c.req.param('id')}"`, { snapshots: [...snapshots.keys()] })
    engine.restore(snapshot, adminSession(c))
    return toAdminJson({ restored: c.req.param('id'), session: adminSession(c) })
  })
  return routes
}
