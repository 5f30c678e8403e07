import type { DomainContext } from '../domain/domain-context.js'
import { toLatestVersion } from '../model/names.js'
import { writeCreatedFunction } from '../resources/functions/create-function.js'
import { writeUpdatedFunction } from '../resources/functions/update-function.js'
import { writePublishedVersion } from '../resources/versions/publish-version.js'
import type { FunctionHistory, HistoryEvent } from './function-history.js'

/**
 * Writes a function's history through the same domain operations the endpoints use, each at
 * its own date, so seeded functions cannot differ in shape from created ones. The whole history
 * is one turn of the store's queue: its writes run one after another with no promise between
 * them (the large data set replays ~130,000 of them, decision 0046).
 */
export function replayHistory(ctx: DomainContext, history: FunctionHistory): Promise<void> {
  return ctx.store.exclusive(() => replayNow(ctx, history))
}

function replayNow(ctx: DomainContext, history: FunctionHistory): void {
  const { scope, name, spec } = history
  // One context for the whole history, its clock set to each write's date in turn.
  let date = history.createdAt
  const eventCtx: DomainContext = { ...ctx, now: () => date }
  writeCreatedFunction(eventCtx, scope, name, spec)
  for (const event of history.events) {
    date = event.at
    replayEvent(eventCtx, history, event)
  }
}

function replayEvent(ctx: DomainContext, history: FunctionHistory, event: HistoryEvent): void {
  const { scope, name, spec } = history
  const latest = ctx.store.findFunction(scope, name)?.get(toLatestVersion(spec.kind))
  const revisionId = latest?.revisionId ?? ''
  if (event.type === 'update') {
    // A seeded update carries the maps it changes; empty ones leave the stored maps alone.
    const sent = {
      environment: Object.keys(event.spec.environment).length > 0,
      customResources: Object.keys(event.spec.customResources ?? {}).length > 0,
    }
    writeUpdatedFunction(ctx, scope, name, { revisionId, spec: event.spec, sent })
    return
  }
  const { versionNumber, versionDesc } = event
  writePublishedVersion(ctx, scope, name, { revisionId, versionNumber, versionDesc, kind: spec.kind })
}
