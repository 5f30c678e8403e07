import type { RouteTable } from './route-lines.js'

interface RoutePattern {
  readonly method: string
  readonly pattern: RegExp
}

/**
 * gin's `RedirectTrailingSlash` check, derived from the app's own route table: whether a route
 * of this method matches the path (given without its trailing slash).
 */
export function createTrailingSlashMatcher(app: RouteTable): (method: string, path: string) => boolean {
  let patterns: RoutePattern[] | undefined
  return (method, path) => {
    patterns ??= toRoutePatterns(app)
    return patterns.some((route) => route.method === method && route.pattern.test(path))
  }
}

function toRoutePatterns(app: RouteTable): RoutePattern[] {
  return app.routes
    .filter((route) => route.method !== 'ALL')
    .map((route) => ({ method: route.method, pattern: toPattern(route.path) }))
}

/** Turns a Hono path (`/a/:name{[^/]*}/b`, `/a/:id`) into an anchored regular expression. */
function toPattern(path: string): RegExp {
  const parts = path.split(/(:[A-Za-z0-9_]+(?:\{[^}]*\})?)/)
  const source = parts
    .map((part) => {
      if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      const custom = /\{(.*)\}$/.exec(part)
      return `(?:${custom?.[1] ?? '[^/]+'})`
    })
    .join('')
  return new RegExp(`^${source}$`)
}
