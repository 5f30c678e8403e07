import type { Outcome } from '../support/outcome.js'

/** Every business code the real server's function and pod-pool endpoints produce, plus the fake's 413. */
export const KNOWN_CODES = new Set([
  413, 4101, 4104, 4105, 4110, 4114, 4115, 4116, 4120, 4123, 4134, 121036, 121046, 121047, 121058, 122001,
  130600,
])

/** What one endpoint may answer: its statuses, and whether it may drop the connection. */
export interface AnswerRules {
  readonly statuses: ReadonlySet<number>
  readonly mayDrop: boolean
}

/**
 * Checks that an answer is one the real server could give: a documented status, a body of the
 * right kind (the real `{"code","message"}` with a known code for errors), never the fake's own
 * internal error. Returns a description of what is wrong, or undefined.
 */
export function findProblem(outcome: Outcome, rules: AnswerRules): string | undefined {
  if (outcome.kind === 'dropped') return rules.mayDrop ? undefined : 'dropped the connection'
  if (outcome.kind === 'truncated') return 'cut the body short'
  if (outcome.body.includes('internal error')) return `internal error: ${outcome.body}`
  if (!rules.statuses.has(outcome.status)) return `status ${outcome.status}: ${outcome.body.slice(0, 200)}`
  if (outcome.status === 404 && outcome.contentType === 'text/plain') return undefined
  if (outcome.status === 301 || outcome.status === 307)
    return outcome.location ? undefined : 'a redirect without Location'
  if (outcome.body === '') return outcome.status === 200 ? undefined : `an empty ${outcome.status}`
  let body: unknown
  try {
    body = JSON.parse(outcome.body)
  } catch {
    return `not JSON: ${outcome.body.slice(0, 200)}`
  }
  if (outcome.status >= 400) return checkErrorBody(body)
  return undefined
}

function checkErrorBody(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null)
    return `an error body that is not an object: ${JSON.stringify(body)}`
  const { code, message } = body as { code?: unknown; message?: unknown }
  if (typeof code !== 'number' || typeof message !== 'string')
    return `an error body without code and message: ${JSON.stringify(body)}`
  if (!KNOWN_CODES.has(code)) return `an unknown code ${code}: ${message}`
  if (
    /\bat .+\.(?:ts|js):\d+/.test(message) ||
    message.includes('/work/') ||
    message.includes('node_modules')
  ) {
    return `a stack trace or internal path in the message: ${message}`
  }
  return undefined
}
