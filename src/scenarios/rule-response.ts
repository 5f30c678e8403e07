import type { MaybePromise } from '../support/maybe-promise.js'
import { toBadRequest500, toJsonResponse } from '../wire/gin-responses.js'
import { DROP, type Outcome, toAnswer } from '../wire/outcome.js'
import type { FiredRule } from './scenario-runtime.js'
import type { RuleRespond } from './scenario-schema.js'

/**
 * Carries out a fired rule: waits its delay, then answers with its scripted response or the
 * normal one, then applies its fault, as an outcome each face carries out. A dropped connection
 * skips the normal handling entirely.
 */
export async function runRule(
  fired: FiredRule,
  seed: number,
  answerNormally: () => MaybePromise<Outcome>,
): Promise<Outcome> {
  const { rule } = fired.compiled
  const delay = toDelayMs(fired, seed)
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
  if (rule.fault === 'drop') return DROP
  const outcome = rule.respond ? toAnswer(toScriptedResponse(rule.respond)) : await answerNormally()
  if (outcome.kind !== 'answer') return outcome
  if (rule.fault === 'truncate') return await toTruncated(outcome.response)
  if (rule.fault === 'malformed') return toAnswer(await toMalformed(outcome.response))
  return outcome
}

/** A fixed delay, or one drawn within the range from the seed, the rule and the call number. */
export function toDelayMs({ compiled, call }: FiredRule, seed: number): number {
  const delay = compiled.rule.delay
  if (delay === undefined) return 0
  if ('ms' in delay) return delay.ms
  const low = Math.min(delay.min, delay.max)
  const span = Math.abs(delay.max - delay.min)
  return low + Math.floor(seededFraction(seed, compiled.index, call) * (span + 1))
}

function toScriptedResponse(respond: RuleRespond): Response {
  if (respond.error) return toBadRequest500(respond.error)
  if (respond.json !== undefined) {
    const response = toJsonResponse(respond.json, respond.status)
    for (const [name, value] of Object.entries(respond.headers ?? {})) response.headers.set(name, value)
    return response
  }
  return new Response(respond.body ?? null, { status: respond.status, headers: respond.headers })
}

/** The headers (announcing the whole length) and the first half of the body, then the cut. */
async function toTruncated(response: Response): Promise<Outcome> {
  const bytes = new Uint8Array(await response.arrayBuffer())
  const headers = new Headers(response.headers)
  headers.set('content-length', String(bytes.length))
  const whole = new Response(null, { status: response.status, headers })
  return { kind: 'truncate', response: whole, sent: bytes.slice(0, Math.floor(bytes.length / 2)) }
}

/** A complete answer whose JSON body lost its second half: well framed, not parseable. */
async function toMalformed(response: Response): Promise<Response> {
  const text = await response.text()
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
    status: response.status,
    headers,
  })
}

/** A deterministic fraction in [0, 1) from three integers (mulberry32 over a mixed seed). */
function seededFraction(seed: number, index: number, call: number): number {
  let state = (seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(call, 0x85ebca6b)) >>> 0
  state = (state + 0x6d2b79f5) >>> 0
  let t = Math.imul(state ^ (state >>> 15), 1 | state)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
