import type { FunctionFixture } from '../seed/function-fixture.js'

/** Which loaded functions a change of fixtures touches, by tenant, product and name. */
export interface FixtureDiff {
  /** Removed or changed: delete these functions first. */
  readonly remove: readonly FunctionFixture[]
  /** Added or changed: load these afterwards. */
  readonly load: readonly FunctionFixture[]
}

const keyOf = (fixture: FunctionFixture) => `${fixture.tenant ?? ''}/${fixture.product ?? ''}/${fixture.name}`

/** Compares two fixture lists; functions whose fixture is the same are left alone. */
export function diffFixtures(
  before: readonly FunctionFixture[],
  after: readonly FunctionFixture[],
): FixtureDiff {
  const old = new Map(before.map((fixture) => [keyOf(fixture), JSON.stringify(fixture)]))
  const next = new Map(after.map((fixture) => [keyOf(fixture), JSON.stringify(fixture)]))
  return {
    remove: before.filter((fixture) => next.get(keyOf(fixture)) !== JSON.stringify(fixture)),
    load: after.filter((fixture) => old.get(keyOf(fixture)) !== JSON.stringify(fixture)),
  }
}
