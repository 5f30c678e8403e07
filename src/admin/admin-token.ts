/**
 * Whether an admin call carries the token: `Authorization: Bearer <token>` or `x-admin-token`.
 * Compared in constant time over the token's length.
 */
export function hasAdminToken(request: Request, token: string): boolean {
  const bearer = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '')
  const given = bearer ?? request.headers.get('x-admin-token') ?? ''
  if (given.length !== token.length) return false
  let difference = 0
  for (let index = 0; index < token.length; index++)
    difference |= given.charCodeAt(index) ^ token.charCodeAt(index)
  return difference === 0
}

/** The answer to an admin call without the token. */
export function toAdminTokenRequired(): Response {
  const body = {
    error:
      'the /__admin surface needs the admin token when the fake listens beyond loopback: send ' +
      '"Authorization: Bearer <token>" (the token is printed at start, or set with --admin-token)',
  }
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    status: 401,
    headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
  })
}
