import { type CompiledRule, compileRule } from './compile-rule.js'
import type { Scenario } from './scenario-schema.js'

/** A scenario with its rules compiled. */
export interface CompiledScenario {
  readonly scenario: Scenario
  readonly rules: readonly CompiledRule[]
}

/** A scenario name that is not loaded; the message lists the ones that are. */
export class UnknownScenarioError extends Error {
  override readonly name = 'UnknownScenarioError'
  constructor(
    readonly scenario: string,
    readonly known: readonly string[],
  ) {
    super(
      `unknown scenario "${scenario}"; known scenarios: ${known.length > 0 ? known.join(', ') : '(none loaded)'}`,
    )
  }
}

/** The loaded scenarios by name, and which one is active. */
export class ScenarioSet {
  readonly #byName = new Map<string, CompiledScenario>()
  #active: string | undefined

  constructor(scenarios: readonly Scenario[] = []) {
    for (const scenario of scenarios) this.#byName.set(scenario.name, compileScenario(scenario))
  }

  /** The active scenario, if any. */
  get active(): CompiledScenario | undefined {
    return this.#active === undefined ? undefined : this.#byName.get(this.#active)
  }

  /** Every loaded scenario, in load order. */
  list(): CompiledScenario[] {
    return [...this.#byName.values()]
  }

  /** Makes `name` the active scenario (undefined: none). */
  activate(name: string | undefined): void {
    if (name !== undefined && !this.#byName.has(name))
      throw new UnknownScenarioError(name, [...this.#byName.keys()])
    this.#active = name
  }

  /** A new set of the same scenarios with `name` active (undefined: none); this one is left as it is. */
  withActive(name: string | undefined): ScenarioSet {
    const next = new ScenarioSet()
    for (const [key, compiled] of this.#byName) next.#byName.set(key, compiled)
    next.activate(name)
    return next
  }

  /** A new set with other scenarios, keeping the active name if it is still there. */
  withScenarios(scenarios: readonly Scenario[]): ScenarioSet {
    const next = new ScenarioSet(scenarios)
    if (this.#active !== undefined && next.#byName.has(this.#active)) next.#active = this.#active
    return next
  }
}

function compileScenario(scenario: Scenario): CompiledScenario {
  return { scenario, rules: (scenario.rules ?? []).map(compileRule) }
}
