import type { DomainContext } from '../../domain/domain-context.js'
import { metaErrors } from '../../domain/meta-error.js'
import { isLatestVersion, toDisplayName } from '../../model/names.js'
import type { TenantScope } from '../../model/scope.js'
import { dropReservations } from '../reserve-instance/reservations.js'

/**
 * Deletes a function (`DeleteResponseForMeta`): an empty or latest version deletes every record
 * of the function; any other version deletes just that one (122001 when it does not exist). Its
 * reserve-instance configurations go with it (`dropReservations`).
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
      ctx.store.commit({ scope, name, deletes: all })
      dropReservations(ctx, scope, name)
      return all.length
    }
    if (!entry.get(version)) throw metaErrors.kvNotFound()
    ctx.store.commit({ scope, name, deletes: [version] })
    dropReservations(ctx, scope, name, version)
    return 1
  })
}
