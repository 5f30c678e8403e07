import type { CriterionResult } from './criterion-result.js'
import { toJsonFieldChecks } from './json-match.js'
import { toPathPattern } from './pattern/path-pattern.js'
import { toTextPattern } from './pattern/text-pattern.js'
import type { RequestFacts } from './request-facts.js'
import type { RuleMatch, ScenarioRule } from './scenario-schema.js'

type TextMatcher = string | { readonly matches: string }

/** A rule ready to test requests: patterns compiled once, when the scenario is loaded. */
export interface CompiledRule {
  readonly rule: ScenarioRule
  readonly index: number
  /** How the rule is named in explanations: its name, or its place in the file. */
  readonly label: string
  matches(facts: RequestFacts): boolean
}

// in its own file: json-match.ts builds them too, and importing it from here closed a cycle
export type { CriterionResult }

/** Compiles a rule's request matchers. */
export function compileRule(rule: ScenarioRule, index: number): CompiledRule {
  const check = compileMatch(rule.match)
  return {
    rule,
    index,
    label: rule.name ?? `rules[${index}]`,
    matches: (facts) => check(facts).every((result) => result.ok),
  }
}

/** Compiles a request match into a function that checks each criterion separately. */
export function compileMatch(match: RuleMatch): (facts: RequestFacts) => CriterionResult[] {
  const criteria = compileCriteria(match)
  return (facts) => criteria.map((check) => check(facts))
}

/** A request match as one check per criterion, in the order of the match's keys. */
export function compileCriteria(match: RuleMatch): Array<(facts: RequestFacts) => CriterionResult> {
  const { method, path, query, headers, session, json } = match
  const checks: Array<(facts: RequestFacts) => CriterionResult> = []
  if (method !== undefined) {
    const methods = [method].flat().map((m) => m.toUpperCase())
    checks.push((f) => result('method', methods.includes(f.method), methods.join('|'), f.method))
  }
  if (path !== undefined) {
    const pattern = toPathPattern(path)
    checks.push((f) => result('path', pattern.test(f.path), path, f.path))
  }
  if (session !== undefined) checks.push((f) => result('session', f.session === session, session, f.session))
  for (const [key, matcher] of Object.entries(query ?? {})) {
    const test = toTextTest(matcher)
    checks.push((f) =>
      result(`query ${key}`, test(f.query.get(key)), describeText(matcher), String(f.query.get(key))),
    )
  }
  for (const [key, matcher] of Object.entries(headers ?? {})) {
    const test = toTextTest(matcher)
    checks.push((f) =>
      result(`header ${key}`, test(f.headers.get(key)), describeText(matcher), String(f.headers.get(key))),
    )
  }
  checks.push(...toJsonFieldChecks(json ?? {}))
  return checks
}

function result(criterion: string, ok: boolean, expected: string, actual: string): CriterionResult {
  return { criterion, ok, expected, actual }
}

function describeText(matcher: TextMatcher): string {
  return typeof matcher === 'string' ? matcher : `/${matcher.matches}/`
}

/** `matches` and path patterns run on a linear-time automaton: no pattern can hold the event loop. */
function toTextTest(matcher: TextMatcher): (value: string | null) => boolean {
  if (typeof matcher === 'string') return (value) => value === matcher
  const pattern = toTextPattern(matcher.matches)
  return (value) => value !== null && pattern.test(value)
}
