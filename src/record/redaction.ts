/**
 * Request headers whose values are credentials: recorded as `REDACTED`, never as sent. A fixture is
 * meant to be committed and shared; a token in it would be a leak. See decisions/0014.
 */
export const DEFAULT_REDACTED_HEADERS: readonly string[] = [
  'x-auth',
  'authorization',
  'proxy-authorization',
  'cookie',
  'x-api-key',
  'x-access-token',
  'x-security-token',
]

export const REDACTED = 'REDACTED'

/** Headers that describe the connection, not the request: not recorded at all. */
const NOT_RECORDED = new Set([
  'host',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
  'accept-encoding',
  'x-mock-session',
])

/** The headers worth keeping, with credentials redacted (names lower case, as Fetch gives them). */
export function toRecordedHeaders(
  headers: Readonly<Record<string, string>>,
  redacted: readonly string[],
): Record<string, string> {
  const secret = new Set(redacted.map((name) => name.toLowerCase()))
  const kept: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase()
    if (NOT_RECORDED.has(lower)) continue
    kept[lower] = secret.has(lower) ? REDACTED : value
  }
  return kept
}
