import { Hono } from 'hono'
import { buildAdminOpenApiDocument } from '../contract/admin-document.js'
import { buildOpenApiDocument } from '../contract/openapi-document.js'
import { renderApiReference } from '../contract/render-docs.js'

/**
 * `/__admin/openapi.json`, `/__admin/openapi.admin.json` and `/__admin/docs`: the documents and their
 * reference page, built once on first use from the same schemas as the shipped `openapi.json`.
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
  return new Hono()
    .get('/openapi.json', (c) => c.json(built().real))
    .get('/openapi.admin.json', (c) => c.json(built().admin))
    .get('/docs', (c) => c.html(built().html))
}
