/**
 * The request path fully percent-decoded, as Go's `URL.Path` is: gin routes on it, so an
 * encoded `/` (`%2F`) splits segments there too. Undecodable paths are routed as they are.
 */
export function toDecodedPath(request: { readonly url: string }): string {
  const url = request.url
  const start = url.indexOf('/', url.indexOf('://') + 3)
  if (start === -1) return '/'
  const queryStart = url.indexOf('?', start)
  const raw = queryStart === -1 ? url.slice(start) : url.slice(start, queryStart)
  if (!raw.includes('%')) return raw
  try {
    return decodeURIComponent(raw)
  } catch {
    return raw
  }
}
