import type { DomainContext } from '../domain/domain-context.js'
import { MetaError } from '../domain/meta-error.js'
import { toScope } from '../model/scope.js'
import { deleteFunction } from '../resources/functions/delete-function.js'
import { loadFixtures } from './baseline.js'
import type { FixtureDiff } from './fixture-diff.js'

/** Rewrites the loaded functions a fixture change touched, through the domain operations. */
export async function applyFixtureDiff(ctx: DomainContext, diff: FixtureDiff): Promise<void> {
  for (const fixture of diff.remove) {
    const scope = toScope(fixture.tenant || ctx.config.defaultTenant, fixture.product ?? '')
    try {
      await deleteFunction(ctx, scope, fixture.name, '')
    } catch (error) {
      // Already deleted through the API: nothing to remove.
      if (!(error instanceof MetaError)) throw error
    }
  }
  await loadFixtures(ctx, diff.load)
}

/** A short account of a diff for the console. */
export function describeDiff(diff: FixtureDiff): string {
  const names = [...new Set([...diff.remove, ...diff.load].map((fixture) => fixture.name))]
  return `${names.length} loaded function(s): ${names.join(', ')}`
}
