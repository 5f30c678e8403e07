/** Where an admin token can come from besides the options, so that it need not be on a command line. */
export const ADMIN_TOKEN_ENV = 'YR_META_MOCK_ADMIN_TOKEN'

/**
 * The admin token the environment gives, read as the server reads it (empty is none), for the
 * server and for the test helpers that call it. Undefined where there is no `process` (a browser).
 */
export function adminTokenFromEnv(): string | undefined {
  return (typeof process === 'undefined' ? undefined : process.env[ADMIN_TOKEN_ENV]) || undefined
}

/**
 * An `adminToken` option, checked: a token or none. An empty one throws, naming the option: it would
 * let in every call that sends no token, and switch off the Host check that guards a fake on
 * loopback without one (an unset shell variable, `--admin-token "$TOKEN"`, gives one).
 */
export function checkAdminToken(token: string | undefined): string | undefined {
  if (token === '')
    throw new TypeError('yr-meta-mock: adminToken is empty: give a token, or leave it out for none')
  return token
}

/**
 * Whether an admin call carries the token: `Authorization: Bearer <token>` or `x-admin-token`.
 * Compared in constant time: every character of the token is looked at whatever was given, so the
 * time taken says nothing about how much of a guess was right.
 */
export function hasAdminToken(request: Request, token: string): boolean {
  const bearer = request.headers.get('authorization')?.replace(/^Bearer\s+/i, '')
  return sameInConstantTime(bearer ?? request.headers.get('x-admin-token') ?? '', token)
}

/** Compares `given` with `token` in a time that depends only on the token's length. */
export function sameInConstantTime(given: string, token: string): boolean {
  let difference = given.length ^ token.length
  // Past the end of `given`, charCodeAt is NaN, which `^` reads as 0: the loop never stops early.
  for (let index = 0; index < token.length; index++)
    difference |= given.charCodeAt(index) ^ token.charCodeAt(index)
  return difference === 0
}

/**
 * The answer to an admin call without the token, saying where the token came from: generated
 * (and printed at start) only because the fake listens beyond loopback, or given by whoever
 * started it, on any address (loopback included).
 */
export function toAdminTokenRequired(generated = false): Response {
  const source = generated
    ? 'the fake listens beyond loopback, so it generated one and printed it at start'
    : 'the one given with --admin-token or YR_META_MOCK_ADMIN_TOKEN (adminToken in code)'
  const body = {
    error: `the /__admin surface needs the admin token (${source}): send "Authorization: Bearer <token>"`,
  }
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    status: 401,
    headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
  })
}
