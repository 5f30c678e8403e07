import type { RequestFacts } from './request-facts.js'
import type { ScenarioRule } from './scenario-schema.js'

type TextMatcher = string | { readonly matches: string }

/** A rule ready to test requests: patterns compiled once, when the scenario is loaded. */
export interface CompiledRule {
  readonly rule: ScenarioRule
  readonly index: number
  /** How the rule is named in explanations: its name, or its place in the file. */
  readonly label: string
  matches(facts: RequestFacts): boolean
}

/** Compiles a rule's request matchers. Regular expressions are checked here, so a bad one fails the load. */
export function compileRule(rule: ScenarioRule, index: number): CompiledRule {
  const { method, path, query, headers, session } = rule.match
  const methods = method === undefined ? undefined : [method].flat().map((m) => m.toUpperCase())
  const pathPattern = path === undefined ? undefined : toPathPattern(path)
  const queryTests = Object.entries(query ?? {}).map(([key, matcher]) => [key, toTextTest(matcher)] as const)
  const headerTests = Object.entries(headers ?? {}).map(
    ([key, matcher]) => [key, toTextTest(matcher)] as const,
  )
  return {
    rule,
    index,
    label: rule.name ?? `rules[${index}]`,
    matches: (facts) =>
      (methods === undefined || methods.includes(facts.method)) &&
      (pathPattern === undefined || pathPattern.test(facts.path)) &&
      (session === undefined || session === facts.session) &&
      queryTests.every(([key, test]) => test(facts.query.get(key))) &&
      headerTests.every(([key, test]) => test(facts.headers.get(key))),
  }
}

/** `/a/:name/b` matches one segment for `:name`; a `*` matches the rest of the path. */
function toPathPattern(path: string): RegExp {
  const source = path
    .split(/(:[A-Za-z0-9_]+|\*)/)
    .map((part) => {
      if (part === '*') return '.*'
      if (part.startsWith(':')) return '[^/]*'
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('')
  return new RegExp(`^${source}$`)
}

function toTextTest(matcher: TextMatcher): (value: string | null) => boolean {
  if (typeof matcher === 'string') return (value) => value === matcher
  const pattern = new RegExp(matcher.matches)
  return (value) => value !== null && pattern.test(value)
}
