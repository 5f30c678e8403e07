import type { Context } from 'hono'

/**
 * Bindings a face may pass along with a request. The Fetch API cannot carry a body on GET, but
 * the real server reads one there (reserve-instance), so the Node face hands it over here.
 */
export interface FaceBindings {
  readonly bodyOfGet?: string
  /**
   * Set by the Node face: the request comes from a socket, so its headers tell whether it has a
   * body (reading `request.body` would make the adapter build a full Request, a third of a request's cost).
   */
  readonly fromSocket?: boolean
}

/** The request body as text, from the request itself or from the face's bindings. */
export async function readRequestBody(c: Context): Promise<string> {
  const bindings = c.env as FaceBindings | undefined
  return bindings?.bodyOfGet ?? (await c.req.text())
}
