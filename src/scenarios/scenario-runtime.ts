import type { CompiledRule } from './compile-rule.js'
import type { RequestFacts } from './request-facts.js'
import type { ScenarioRule } from './scenario-schema.js'

/** The scenario state every session starts in (WireMock's name for it). */
export const INITIAL_STATE = 'Started'

/** A rule that fired for a request, with the call number it fired on. */
export interface FiredRule {
  readonly compiled: CompiledRule
  readonly call: number
}

/**
 * One session's progress through a scenario: its state and how often each rule matched. Rules
 * are tried in order; a matching rule counts the call, and the first whose `calls` allow it fires.
 */
export class ScenarioRuntime {
  state = INITIAL_STATE
  /** Made at the first match: most sessions never meet a rule (a new one per request under the soak's mix). */
  #counts: Map<number, number> | undefined

  /** How often the rule at `index` matched. */
  countOf(index: number): number {
    return this.#counts?.get(index) ?? 0
  }

  /** Finds the rule that fires for a request, and applies its state change. */
  fire(rules: readonly CompiledRule[], facts: RequestFacts): FiredRule | undefined {
    for (const compiled of rules) {
      const { rule, index } = compiled
      if (rule.state !== undefined && rule.state !== this.state) continue
      if (!compiled.matches(facts)) continue
      const call = this.countOf(index) + 1
      this.#counts ??= new Map()
      this.#counts.set(index, call)
      if (!isCallSelected(rule.calls, call)) continue
      if (rule.newState !== undefined) this.state = rule.newState
      return { compiled, call }
    }
    return undefined
  }

  /** A copy, for snapshots and new sessions. */
  clone(): ScenarioRuntime {
    const copy = new ScenarioRuntime()
    copy.state = this.state
    if (this.#counts) copy.#counts = new Map(this.#counts)
    return copy
  }
}

function isCallSelected(calls: ScenarioRule['calls'], call: number): boolean {
  if (calls === undefined) return true
  if ('nth' in calls) return call === calls.nth
  if ('first' in calls) return call <= calls.first
  return call >= calls.from && (calls.to === undefined || call <= calls.to)
}
