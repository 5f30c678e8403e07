/** An admin answer: plain JSON, 2-space indented for people reading it with curl. */
export function toAdminJson(body: unknown, status = 200): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}

/** An admin error that says what went wrong and what to do. */
export function toAdminError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return toAdminJson({ error, ...extra }, status)
}
