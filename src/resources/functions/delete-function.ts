import type { DomainContext } from '../../domain/domain-context.js'
import { metaErrors } from '../../domain/meta-error.js'
import { isLatestVersion, toDisplayName } from '../../model/names.js'
import type { TenantScope } from '../../model/scope.js'
import type { MetaStore } from '../../store/meta-store.js'
import {
  dropOtherWriterState,
  functionTriggers,
  isRoutedByAlias,
} from '../other-writer/other-writer-state.js'
import { dropReservations } from '../reserve-instance/reservations.js'

/**
 * Deletes a function (`DeleteResponseForMeta`): an empty or latest version deletes every record
 * of the function; any other version deletes just that one (4105 when another writer's alias
 * routes to it, 122001 when it does not exist). Its reserve-instance configurations go with it
 * (`dropReservations`), and so do another writer's triggers (of the version, or all) and aliases
 * (all): reading a trigger of a type other than HTTP fails the whole delete (122004).
 * @example await deleteFunction(ctx, scope, 'hello', '')
 */
export function deleteFunction(
  ctx: DomainContext,
  scope: TenantScope,
  name: string,
  version: string,
): Promise<number> {
  return ctx.store.exclusive(() => {
    const entry = ctx.store.findFunction(scope, name)
    if (!entry) throw metaErrors.functionNotFound(toDisplayName(name))
    if (isLatestVersion(version)) {
      const all = [...entry.versions()]
      checkTriggersDecode(ctx.store, scope, name)
      ctx.store.commit({ scope, name, deletes: all })
      dropReservations(ctx, scope, name)
      dropOtherWriterState(ctx, scope, name)
      return all.length
    }
    if (isRoutedByAlias(ctx.store, scope, name, version)) throw metaErrors.versionOccupiedByAlias()
    if (!entry.get(version)) throw metaErrors.kvNotFound()
    checkTriggersDecode(ctx.store, scope, name, version)
    ctx.store.commit({ scope, name, deletes: [version] })
    dropReservations(ctx, scope, name, version)
    dropOtherWriterState(ctx, scope, name, version)
    return 1
  })
}

/** `TriggerGetRange` decodes every trigger it reads: only the HTTP type has a spec to decode into. */
function checkTriggersDecode(store: MetaStore, scope: TenantScope, name: string, version?: string): void {
  const triggers = functionTriggers(store, scope, name, version)
  if (triggers.some(([, trigger]) => trigger.triggerType !== 'HTTP')) throw metaErrors.unmarshal()
}
