import { Hono } from 'hono'
import { buildAdminOpenApiDocument } from '../contract/admin-document.js'
import { buildOpenApiDocument } from '../contract/openapi-document.js'
import { renderApiReference } from '../contract/render-docs.js'
import { noQuerySchema, readAdminInput } from './admin-input.js'

/**
 * `/__admin/openapi.json`, `/__admin/openapi.admin.json` and `/__admin/docs`: the documents and their
 * reference page, built once on first use from the same schemas as the shipped `openapi.json`.
 * They take no query: a key given there is a 400, as on every admin route.
 */
export function createOpenApiRoutes(): Hono {
  let cached: { real: Record<string, unknown>; admin: Record<string, unknown>; html: string } | undefined
  const built = () => {
    if (!cached) {
      const real = buildOpenApiDocument()
      const admin = buildAdminOpenApiDocument()
      cached = { real, admin, html: renderApiReference([real, admin]) }
    }
    return cached
  }
  const routes = new Hono()
  routes.get('/openapi.json', async (c) => {
    const input = await readAdminInput(c, { query: noQuerySchema })
    return input instanceof Response ? input : c.json(built().real)
  })
  routes.get('/openapi.admin.json', async (c) => {
    const input = await readAdminInput(c, { query: noQuerySchema })
    return input instanceof Response ? input : c.json(built().admin)
  })
  routes.get('/docs', async (c) => {
    const input = await readAdminInput(c, { query: noQuerySchema })
    return input instanceof Response ? input : c.html(built().html)
  })
  return routes
}
