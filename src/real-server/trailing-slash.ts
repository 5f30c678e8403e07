import type { RouteTable } from './route-lines.js'

interface RoutePattern {
  readonly method: string
  readonly pattern: RegExp
}

/**
 * gin v1.10.0's `RedirectTrailingSlash` check (`tsr` of `node.getValue` in the method's tree),
 * derived from the app's own route table, for a path given without its trailing slash. It holds when
 * - a route of this method matches the path (the usual case), or
 * - the path ends right after a parameter segment of a route of this method that goes on after it
 *   (`/functions/:functionName/versions` for `POST /functions/fn/`): the walk is then left with `/`
 *   against the next node's longer prefix, and gin recommends the redirect without checking for a
 *   handler (`value.tsr = path == "/"`). So `POST /functions/fn/` is a 307 though no route takes
 *   `POST /functions/fn`.
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
    .flatMap((route) =>
      [route.path, ...toParameterPrefixes(route.path)].map((path) => ({
        method: route.method,
        pattern: toPattern(path),
      })),
    )
}

/** `/a/:x/b/:y/c` → `/a/:x`, `/a/:x/b/:y`: the prefixes ending in a parameter that the route continues. */
function toParameterPrefixes(path: string): string[] {
  const segments = path.match(/\/(?:[^/{]|\{[^}]*\})*/g) ?? []
  const prefixes: string[] = []
  for (let i = 0; i < segments.length - 1; i++) {
    if (segments[i]?.startsWith('/:')) prefixes.push(segments.slice(0, i + 1).join(''))
  }
  return prefixes
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
