/** The header that selects a session (and that rules can match on). */
export const SESSION_HEADER = 'x-mock-session' as const

/** The session a request names; the empty string is the default session. */
export function toSessionId(request: Request): string {
  return request.headers.get(SESSION_HEADER) ?? ''
}
