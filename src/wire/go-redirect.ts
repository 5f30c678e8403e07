/**
 * The `Location` of gin v1.10.0's trailing-slash redirect: `redirectTrailingSlash` takes the
 * **decoded** path (after an optional, sanitized `X-Forwarded-Prefix`), drops its trailing slash,
 * `URL.String()` escapes it again as Go does and keeps the raw query, and `http.Redirect` cleans the
 * path (`path.Clean`, keeping a trailing slash).
 * @example toRedirectLocation('/serverless/v1/functions/a b/', 'x=1', null) // '/serverless/v1/functions/a%20b?x=1'
 */
export function toRedirectLocation(
  decodedPath: string,
  rawQuery: string,
  forwardedPrefix: string | null,
): string {
  let p = decodedPath
  const prefix = cleanPath(forwardedPrefix ?? '')
  if (prefix !== '.') p = `${prefix.replace(/[^a-zA-Z0-9/-]+/g, '').replace(/\/{2,}/g, '/')}/${p}`
  const stripped = p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : `${p}/`
  // `http.Redirect` resolves a relative location (a prefix without `/`) against the request's
  // path, which gin has just set to `stripped`: its directory, then the location, then cleaned
  const relative = escapeGoPath(stripped)
  const escaped = relative.startsWith('/')
    ? relative
    : `${stripped.slice(0, stripped.lastIndexOf('/') + 1)}${relative}`
  const cleaned = cleanPath(escaped)
  const path = escaped.endsWith('/') && !cleaned.endsWith('/') ? `${cleaned}/` : cleaned
  return rawQuery === '' ? path : `${path}?${rawQuery}`
}

/** Go's `url.PathEscape`-like `escape(s, encodePath)`: unreserved and `$&+,/:;=@` stay, the rest is %XX. */
function escapeGoPath(path: string): string {
  let out = ''
  for (const byte of new TextEncoder().encode(path)) {
    const char = String.fromCharCode(byte)
    out += /[A-Za-z0-9\-_.~$&+,/:;=@]/.test(char)
      ? char
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/** Go's `path.Clean`. */
function cleanPath(path: string): string {
  if (path === '') return '.'
  const rooted = path.startsWith('/')
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part !== '..') parts.push(part)
    else if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop()
    else if (!rooted) parts.push('..')
  }
  const joined = parts.join('/')
  if (rooted) return `/${joined}`
  return joined === '' ? '.' : joined
}
