import { Hono } from 'hono'
import type { MetaEngine } from '../engine/meta-engine.js'
import { isRefusal, type KeptSnapshot, keepSnapshot, type SnapshotShelf } from '../engine/snapshot-shelf.js'
import { noQuerySchema, readAdminInput } from './admin-input.js'
import { toAdminError, toAdminJson } from './admin-responses.js'

/** `/__admin/sessions` and `/__admin/snapshots` (on the shelf the dashboard shares). */
export function createSessionRoutes(engine: MetaEngine, snapshots: SnapshotShelf<KeptSnapshot>): Hono {
  const routes = new Hono()
  routes.get('/sessions', async (c) => {
    const input = await readAdminInput(c, { query: noQuerySchema })
    if (input instanceof Response) return input
    return toAdminJson({
      sessions: engine.listSessions().map((session) => ({
        id: session.id,
        createdAt: new Date(session.createdAt).toISOString(),
        lastUsedAt: new Date(session.lastUsedAt).toISOString(),
        requests: session.journal.size,
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
    const added = keepSnapshot(snapshots, engine, input.session)
    if (isRefusal(added)) return toAdminError(507, added.error, { bytes: added.bytes, limit: added.limit })
    return toAdminJson({ id: added.id, session: input.session })
  })
  routes.get('/snapshots', async (c) => {
    const input = await readAdminInput(c, { query: noQuerySchema })
    if (input instanceof Response) return input
    return toAdminJson({ snapshots: snapshots.ids() })
  })
  routes.post('/snapshots/:id/restore', async (c) => {
    const input = await readAdminInput(c, {})
    if (input instanceof Response) return input
    const snapshot = snapshots.get(c.req.param('id'))?.snapshot
    if (!snapshot)
      return toAdminError(404, `no snapshot "${c.req.param('id')}"`, { snapshots: snapshots.ids() })
    engine.restore(snapshot, input.session)
    return toAdminJson({ restored: c.req.param('id'), session: input.session })
  })
  return routes
}
