import { Hono } from 'hono'
import { buildAdminOpenApiDocument } from '../contract/admin-document.js'
import { buildOpenApiDocument } from '../contract/openapi-document.js'
import { renderApiReference } from '../contract/render-docs.js'
import type { ServerVersion } from '../contract/server-version.js'

type Built = { real: Record<string, unknown>; admin: Record<string, unknown>; html: string }

/**
 * `/__admin/openapi.json`, `/__admin/openapi.admin.json` and `/__admin/docs`: the documents and their
 * reference page, built once per release on first use from the same schemas as the shipped ones. The
 * function routes' document is the release the fake answers as now (`serverVersion()`: a scenario
 * may switch it), so a client generated from it fits the answers it gets.
 */
export function createOpenApiRoutes(serverVersion: () => ServerVersion): Hono {
  const cached = new Map<ServerVersion, Built>()
  const built = () => {
    const version = serverVersion()
    let documents = cached.get(version)
    if (!documents) {
      const real = buildOpenApiDocument(version)
      const admin = buildAdminOpenApiDocument()
      documents = { real, admin, html: renderApiReference([real, admin]) }
      cached.set(version, documents)
    }
    return documents
  }
  return new Hono()
    .get('/openapi.json', (c) => c.json(built().real))
    .get('/openapi.admin.json', (c) => c.json(built().admin))
    .get('/docs', (c) => c.html(built().html))
}
