import type { CriterionResult } from './criterion-result.js'
import { isNestedDeeperThan, MAX_JSON_MATCH_DEPTH } from './json-depth.js'
import type { RequestFacts } from './request-facts.js'

/** Bodies already parsed, per request: a rule file may look at many fields of one body. */
const parsedBodies = new WeakMap<RequestFacts, unknown>()

/** One check per expected top-level field of a JSON body: present and deeply equal. */
export function toJsonFieldChecks(
  fields: Readonly<Record<string, unknown>>,
): Array<(facts: RequestFacts) => CriterionResult> {
  return Object.entries(fields).map(([key, expected]) => {
    const wanted = toShownJson(expected)
    return (facts) => {
      const body = parseBody(facts)
      const actual =
        body !== null && typeof body === 'object' && Object.hasOwn(body, key)
          ? (body as Record<string, unknown>)[key]
          : undefined
      return {
        criterion: `json ${key}`,
        ok: actual !== undefined && deepEqual(actual, expected),
        expected: wanted,
        actual: actual === undefined ? '(absent)' : toShownJson(actual),
      }
    }
  })
}

function parseBody(facts: RequestFacts): unknown {
  if (parsedBodies.has(facts)) return parsedBodies.get(facts)
  let value: unknown = null
  try {
    value = facts.body ? JSON.parse(facts.body) : null
  } catch {
    // not JSON: no field can match
  }
  parsedBodies.set(facts, value)
  return value
}

/**
 * A value as JSON text for explanations. A request body may nest deeper than `JSON.stringify` can
 * recurse (a stack overflow); such a value is named, not shown.
 */
function toShownJson(value: unknown): string {
  if (isNestedDeeperThan(value, MAX_JSON_MATCH_DEPTH))
    return `(a value nested deeper than ${MAX_JSON_MATCH_DEPTH} levels)`
  return JSON.stringify(value)
}

/** Deep equality of two JSON values, walked without recursion: a body may nest arbitrarily deep. */
function deepEqual(left: unknown, right: unknown): boolean {
  const pending: Array<[unknown, unknown]> = [[left, right]]
  for (let pair = pending.pop(); pair !== undefined; pair = pending.pop()) {
    const [a, b] = pair
    if (a === b) continue
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
    if (Array.isArray(a) !== Array.isArray(b)) return false
    const keysA = Object.keys(a)
    if (keysA.length !== Object.keys(b).length) return false
    for (const key of keysA) {
      if (!Object.hasOwn(b, key)) return false
      pending.push([(a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]])
    }
  }
  return true
}
