import type { FaceBindings } from './face-bindings.js'
import { goUnescapePath, parseGoRequestTarget } from './go-request-target.js'

/**
 * The request path fully percent-decoded, as Go's `URL.Path` is: gin routes on it, so an
 * encoded `/` (`%2F`) splits segments there too. With the target as sent (the Node face), Go's own
 * reading of it; a target Go refuses is routed as its URL is (it is answered 400 before routing).
 */
export function toDecodedPath(request: { readonly url: string }, face?: FaceBindings): string {
  if (face?.rawTarget !== undefined) {
    const target = parseGoRequestTarget(face.rawTarget)
    if (target) return target.path
  }
  const url = request.url
  const start = url.indexOf('/', url.indexOf('://') + 3)
  if (start === -1) return '/'
  const queryStart = url.indexOf('?', start)
  const raw = queryStart === -1 ? url.slice(start) : url.slice(start, queryStart)
  if (!raw.includes('%')) return raw
  return goUnescapePath(raw) ?? raw
}

/**
 * The path Hono routes on: the decoded path with `%` escaped again, since Hono decodes route
 * parameters once more (a name `a%2F` must reach the handler as `a%2F`, not `a/`).
 */
export function toRoutingPath(request: { readonly url: string }, options?: { env?: unknown }): string {
  const path = toDecodedPath(request, options?.env as FaceBindings | undefined)
  return path.includes('%') ? path.replaceAll('%', '%25') : path
}
