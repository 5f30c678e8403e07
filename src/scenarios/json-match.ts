import type { CriterionResult } from './compile-rule.js'
import type { RequestFacts } from './request-facts.js'

/** Bodies already parsed, per request: a rule file may look at many fields of one body. */
const parsedBodies = new WeakMap<RequestFacts, unknown>()

/** One check per expected top-level field of a JSON body: present and deeply equal. */
export function toJsonFieldChecks(
  fields: Readonly<Record<string, unknown>>,
): Array<(facts: RequestFacts) => CriterionResult> {
  return Object.entries(fields).map(([key, expected]) => {
    const wanted = JSON.stringify(expected)
    return (facts) => {
      const body = parseBody(facts)
      const actual =
        body !== null && typeof body === 'object' && key in body
          ? (body as Record<string, unknown>)[key]
          : undefined
      return {
        criterion: `json ${key}`,
        ok: actual !== undefined && deepEqual(actual, expected),
        expected: wanted,
        actual: actual === undefined ? '(absent)' : JSON.stringify(actual),
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

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  return keysA.every(
    (key) => key in b && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}
