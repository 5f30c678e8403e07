import type { Context } from 'hono'
import { SESSION_HEADER } from '../wire/session-header.js'

/** The session an admin call is about: the `x-mock-session` header, as for every request. */
export function adminSession(c: Context): string {
  return c.req.header(SESSION_HEADER) ?? ''
}
