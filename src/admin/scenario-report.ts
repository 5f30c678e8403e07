import type { MetaEngine } from '../engine/meta-engine.js'

/** What `GET /__admin/scenarios` says: which scenario is active, its state, every rule and its hits. */
export function toScenarioReport(engine: MetaEngine, sessionId: string) {
  const active = engine.scenarios.active
  const runtime = engine.readSession(sessionId).runtime
  return {
    session: sessionId,
    active: active?.scenario.name ?? null,
    state: active ? runtime.state : null,
    scenarios: engine.scenarios.list().map(({ scenario, rules }) => ({
      name: scenario.name,
      description: scenario.description ?? '',
      active: scenario.name === active?.scenario.name,
      rules: rules.map((rule) => ({
        rule: rule.label,
        match: rule.rule.match,
        matchedCalls: scenario.name === active?.scenario.name ? runtime.countOf(rule.index) : 0,
      })),
    })),
  }
}
