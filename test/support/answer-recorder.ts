import { appendFileSync } from 'node:fs'
import { afterAll, expect } from 'vitest'
import { buildOpenApiDocument } from '../../src/contract/openapi-document.js'
import { FAKE_DIVERGENCES, type FakeDivergence } from '../openapi/fake-divergences.js'
import { type AnswerValidator, createAnswerValidator } from './openapi-answers.js'
import type { Outcome } from './outcome.js'

// Every answer the fake gives in the contract and property suites is checked against the OpenAPI
// document as it is seen: a test fails on an answer the document does not describe, unless the
// answer is a known divergence of the fake (test/openapi/fake-divergences.ts). That list is a
// ratchet: an entry no answer of a suite it names (`seenIn`) matched fails that suite. Set
// OPENAPI_COUNTS to a file to get one line of counts per test file.

/** Where the check applies: suites of the real server's routes, not scenario faults or /__admin. */
export const CHECKED_SUITES = /\/test\/(contract\/|reliability\/properties)/

let validator: AnswerValidator | undefined
const counts = { validated: 0, dropped: 0, unrouted: 0, allowListed: {} as Record<string, number> }

/** Checks one answer of the fake, when the running test file is one the check applies to. */
export function checkFakeAnswer(method: string, path: string, outcome: Outcome): void {
  const testPath = expect.getState().testPath ?? ''
  if (!CHECKED_SUITES.test(testPath) || path.startsWith('/__admin') || outcome.kind === 'truncated') return
  validator ??= createAnswerValidator(buildOpenApiDocument())
  // The faces send through fetch and Request, which resolve `.` and `..` segments first.
  const url = new URL(path, 'http://fake.test')
  const verdict = validator.check(method, `${url.pathname}${url.search}`, outcome)
  if (verdict.problems.length === 0) {
    counts[verdict.where === 'operation' ? 'validated' : verdict.where] += 1
    return
  }
  const known = FAKE_DIVERGENCES.find(
    (d) =>
      d.seenIn.test(testPath) &&
      d.method === method &&
      d.path.test(path) &&
      verdict.problems.every((problem) => d.problem.test(problem)),
  )
  if (!known) {
    throw new Error(
      `${method} ${path}: an answer the OpenAPI document does not describe:\n${verdict.problems.join('\n')}`,
    )
  }
  counts.allowListed[known.section] = (counts.allowListed[known.section] ?? 0) + 1
}

afterAll(() => {
  const file = process.env.OPENAPI_COUNTS
  const testPath = expect.getState().testPath ?? ''
  if (file) appendFileSync(file, `${JSON.stringify({ testPath, ...counts })}\n`)
  const stale = staleDivergences(testPath, counts.allowListed)
  if (stale.length > 0) {
    throw new Error(
      `allow-listed fake divergences no answer of this suite showed any more (remove them from test/openapi/fake-divergences.ts):\n${stale.join('\n')}`,
    )
  }
})

/** The allow-list entries this suite should show but did not. */
export function staleDivergences(
  testPath: string,
  seen: Readonly<Record<string, number>>,
  divergences: readonly FakeDivergence[] = FAKE_DIVERGENCES,
): string[] {
  if (!CHECKED_SUITES.test(testPath)) return []
  return divergences
    .filter((d) => d.seenIn.test(testPath) && !seen[d.section])
    .map((d) => `${d.section}: ${d.method} ${d.path}`)
}
