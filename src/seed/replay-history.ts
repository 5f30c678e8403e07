import type { DomainContext } from '../domain/domain-context.js'
import { toLatestVersion } from '../model/names.js'
import { createFunction } from '../resources/functions/create-function.js'
import { updateFunction } from '../resources/functions/update-function.js'
import { publishVersion } from '../resources/versions/publish-version.js'
import type { FunctionHistory, HistoryEvent } from './function-history.js'

/**
 * Writes a function's history through the same domain operations the endpoints use, each at
 * its own date, so seeded functions cannot differ in shape from created ones.
 */
export async function replayHistory(ctx: DomainContext, history: FunctionHistory): Promise<void> {
  const { scope, name, spec } = history
  await createFunction(at(ctx, history.createdAt), scope, name, spec)
  for (const event of history.events) await replayEvent(ctx, history, event)
}

async function replayEvent(ctx: DomainContext, history: FunctionHistory, event: HistoryEvent) {
  const { scope, name, spec } = history
  const latest = ctx.store.findFunction(scope, name)?.get(toLatestVersion(spec.kind))
  const revisionId = latest?.revisionId ?? ''
  const eventCtx = at(ctx, event.at)
  if (event.type === 'update') {
    // A seeded update carries the maps it changes; empty ones leave the stored maps alone.
    const sent = {
      environment: Object.keys(event.spec.environment).length > 0,
      customResources: Object.keys(event.spec.customResources ?? {}).length > 0,
    }
    await updateFunction(eventCtx, scope, name, { revisionId, spec: event.spec, sent })
    return
  }
  const { versionNumber, versionDesc } = event
  await publishVersion(eventCtx, scope, name, { revisionId, versionNumber, versionDesc, kind: spec.kind })
}

function at(ctx: DomainContext, date: Date): DomainContext {
  return { ...ctx, now: () => date }
}
