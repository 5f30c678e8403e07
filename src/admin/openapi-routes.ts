import { Hono } from 'hono'
import type { ServerVersion } from '../contract/server-version.js'
import { noQuerySchema, readAdminInput } from './admin-input.js'

type Built = { real: Record<string, unknown>; admin: Record<string, unknown>; html: string }

/**
 * `/__admin/openapi.json`, `/__admin/openapi.admin.json` and `/__admin/docs`: the documents and their
 * reference page, built once per release on first use from the same schemas as the shipped ones. The
 * function routes' document is the release the fake answers as now (`serverVersion()`: a scenario
 * may switch it), so a client generated from it fits the answers it gets. They take no query: a key
 * given there is a 400, as on every admin route. The modules that build them (the response schemas,
 * the route tables) are imported on first use too: nothing else needs them, and building their zod
 * schemas at import was part of every start (decision 0039).
 */
export function createOpenApiRoutes(serverVersion: () => ServerVersion): Hono {
  const cached = new Map<ServerVersion, Built>()
  const built = async () => {
    const version = serverVersion()
    let documents = cached.get(version)
    if (!documents) {
      const [{ buildOpenApiDocument }, { buildAdminOpenApiDocument }, { renderApiReference }] =
        await Promise.all([
          import('../contract/openapi-document.js'),
          import('../contract/admin-document.js'),
          import('../contract/render-docs.js'),
        ])
      const real = buildOpenApiDocument(version)
      const admin = buildAdminOpenApiDocument()
      documents = { real, admin, html: renderApiReference([real, admin]) }
      cached.set(version, documents)
    }
    return documents
  }
  const routes = new Hono()
  routes.get('/openapi.json', async (c) => {
    const input = await readAdminInput(c, { query: noQuerySchema })
    return input instanceof Response ? input : c.json((await built()).real)
  })
  routes.get('/openapi.admin.json', async (c) => {
    const input = await readAdminInput(c, { query: noQuerySchema })
    return input instanceof Response ? input : c.json((await built()).admin)
  })
  routes.get('/docs', async (c) => {
    const input = await readAdminInput(c, { query: noQuerySchema })
    return input instanceof Response ? input : c.html((await built()).html)
  })
  return routes
}
