import { Hono } from 'hono'
import { CLIENT_SCRIPT } from './client-script.js'
import { CLIENT_STYLE } from './client-style.js'
import { ACTIONS, type ActionFields } from './dashboard-actions.js'
import type { DashboardSource } from './dashboard-source.js'
import { createLiveEvents } from './live-events.js'
import { renderShell } from './shell.js'
import { renderRequestDetail, requestsView } from './views/requests-view.js'
import { scenariosView } from './views/scenarios-view.js'
import { sessionsView } from './views/sessions-view.js'
import { stateView } from './views/state-view.js'
import type { DashboardView } from './views/view.js'

const VIEWS = new Map<string, DashboardView<unknown>>(
  [requestsView, stateView, scenariosView, sessionsView].map((view) => [
    view.name,
    view as DashboardView<unknown>,
  ]),
)

/** Only what this origin serves: no inline script, no CDN, no frames. */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
}

/**
 * The dashboard, mounted at `/__admin/ui`: the page, its script and styles, HTML fragments and the
 * same data as JSON (both paged on the server), actions, and a stream of changes.
 */
export function createDashboardRoutes(source: DashboardSource): Hono {
  const routes = new Hono()
  routes.use('*', async (c, next) => {
    await next()
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value)
  })
  routes.get('/', async (c) => c.html(await renderShell()))
  routes.get('/app.js', (c) =>
    c.body(CLIENT_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  )
  routes.get('/app.css', (c) => c.body(CLIENT_STYLE, 200, { 'content-type': 'text/css; charset=utf-8' }))
  routes.get('/view/:name', async (c) => {
    const view = VIEWS.get(c.req.param('name'))
    if (!view) return c.text(`no view "${c.req.param('name')}"`, 404)
    return c.html(await view.render(view.load(source, new URL(c.req.url).searchParams)))
  })
  routes.get('/data/:name', (c) => {
    const view = VIEWS.get(c.req.param('name'))
    if (!view) return c.json({ error: `no view "${c.req.param('name')}"`, views: [...VIEWS.keys()] }, 404)
    return c.json(view.load(source, new URL(c.req.url).searchParams))
  })
  routes.get('/request/:id', async (c) => {
    const request = source.request(Number(c.req.param('id')))
    if (!request) return c.html('<p class="muted">This request has left the journal.</p>', 404)
    return c.html(await renderRequestDetail(request))
  })
  routes.post('/actions/:action', async (c) => {
    const action = ACTIONS[c.req.param('action')]
    if (!action)
      return c.json({ error: `no action "${c.req.param('action')}"`, actions: Object.keys(ACTIONS) }, 404)
    const fields = await readFields(c.req.raw)
    if (!fields)
      return c.json({ error: 'send the fields as a JSON object with content-type application/json' }, 415)
    const result = await action(source, fields)
    return 'error' in result ? c.json({ error: result.error }, result.status) : c.json(result)
  })
  routes.get('/events', createLiveEvents(source))
  return routes
}

/**
 * An action's fields. Only JSON is accepted: a cross-site form can send text/plain or form data
 * without a preflight, but not application/json, so a page elsewhere cannot press these buttons.
 */
async function readFields(request: Request): Promise<ActionFields | undefined> {
  if (!request.headers.get('content-type')?.startsWith('application/json')) return undefined
  try {
    const fields = (await request.json()) as unknown
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return undefined
    return Object.fromEntries(
      Object.entries(fields).filter((pair): pair is [string, string] => typeof pair[1] === 'string'),
    )
  } catch {
    return undefined
  }
}
