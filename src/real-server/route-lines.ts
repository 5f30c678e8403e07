/** What route listings need of a Hono app: its route table. */
export interface RouteTable {
  readonly routes: ReadonlyArray<{ readonly method: string; readonly path: string }>
}

/** One route as banners and explanations show it: `GET    /healthz`. */
export type RouteLine = string

/**
 * The routes of a Hono app, one line each, in the order they were added: taken from the app
 * itself, so a banner or an explanation cannot forget a route. Middleware (`ALL`) is left out.
 * @example listRoutes(app) // ['GET    /healthz', ...]
 */
export function listRoutes(app: RouteTable): RouteLine[] {
  const seen = new Set<string>()
  for (const { method, path } of app.routes) {
    if (method === 'ALL') continue
    seen.add(`${method.padEnd(6)} ${toDisplayPath(path)}`)
  }
  return [...seen]
}

/** `/a/:name{[^/]*}/b` → `/a/{name}/b`. */
function toDisplayPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)(?:\{[^}]*\})?/g, '{$1}').replace(/(.)\/$/, '$1')
}
