import { type Context, Hono, type MiddlewareHandler } from 'hono'
import type { ZodType } from 'zod'
import { lazy } from '../support/lazy.js'
import { z } from '../support/zod.js'
import { CLIENT_SCRIPT } from './client-script.js'
import { CLIENT_STYLE } from './client-style.js'
import { ACTIONS } from './dashboard-actions.js'
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

/** A validated input, or the 400 that names what is wrong with it. */
type Checked<T> = { readonly data: T } | Response

/**
 * The admin surface's strict input (`admin-input.ts`), handed down to the dashboard that sits below
 * it: every query and body here is checked as on every other admin route.
 */
export interface StrictInput {
  query<T>(c: Context, schema: ZodType<T>): Checked<T>
  body<T>(c: Context, schema: ZodType<T>): Promise<Checked<T>>
}

/** The query of the routes that read none (built on the dashboard's first request). */
const emptyQuery = lazy(() => z.strictObject({}))

/**
 * The dashboard, mounted at `/__admin/ui`: the page, its script and styles, HTML fragments and the
 * same data as JSON (both paged on the server), actions, and a stream of changes.
 */
export function createDashboardRoutes(source: DashboardSource, input: StrictInput): Hono {
  const routes = new Hono()
  routes.use('*', async (c, next) => {
    await next()
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value)
  })
  // The routes other than the views read no query: one given is refused before they run.
  const noQuery: MiddlewareHandler = async (c, next) => {
    const checked = input.query(c, emptyQuery())
    return checked instanceof Response ? checked : next()
  }
  routes.get('/', noQuery, async (c) => c.html(await renderShell()))
  routes.get('/app.js', noQuery, (c) =>
    c.body(CLIENT_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  )
  routes.get('/app.css', noQuery, (c) =>
    c.body(CLIENT_STYLE, 200, { 'content-type': 'text/css; charset=utf-8' }),
  )
  routes.get('/view/:name', async (c) => {
    const view = VIEWS.get(c.req.param('name'))
    if (!view) return c.text(`no view "${c.req.param('name')}"`, 404)
    const checked = input.query(c, view.query())
    if (checked instanceof Response) return checked
    return c.html(await view.render(view.load(source, new URL(c.req.url).searchParams)))
  })
  routes.get('/data/:name', (c) => {
    const view = VIEWS.get(c.req.param('name'))
    if (!view) return c.json({ error: `no view "${c.req.param('name')}"`, views: [...VIEWS.keys()] }, 404)
    const checked = input.query(c, view.query())
    if (checked instanceof Response) return checked
    return c.json(view.load(source, new URL(c.req.url).searchParams))
  })
  routes.get('/request/:id', noQuery, async (c) => {
    const id = c.req.param('id')
    if (!/^\d{1,15}$/.test(id))
      return c.json({ error: `a request id is a number, not "${id}"`, key: 'id' }, 400)
    const request = source.request(Number(id))
    if (!request) return c.html('<p class="muted">This request has left the journal.</p>', 404)
    return c.html(await renderRequestDetail(request))
  })
  routes.post('/actions/:action', noQuery, async (c) => {
    const action = ACTIONS.get(c.req.param('action'))
    if (!action)
      return c.json({ error: `no action "${c.req.param('action')}"`, actions: [...ACTIONS.keys()] }, 404)
    // Only JSON: a cross-site form can send text/plain or form data without a preflight, but not
    // application/json, so a page elsewhere cannot press these buttons.
    if (!c.req.header('content-type')?.startsWith('application/json'))
      return c.json({ error: 'send the fields as a JSON object with content-type application/json' }, 415)
    const fields = await input.body(c, action.fields())
    if (fields instanceof Response) return fields
    const result = await action.run(source, fields.data)
    return 'error' in result ? c.json({ error: result.error }, result.status) : c.json(result)
  })
  routes.get('/events', noQuery, createLiveEvents(source))
  return routes
}
