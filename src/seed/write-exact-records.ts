import type { DomainContext } from '../domain/domain-context.js'
import type { VersionRecord } from '../model/version-record.js'
import { RESERVATIONS, toReservationKey } from '../resources/reserve-instance/reservations.js'
import { lazy } from '../support/lazy.js'
import { z } from '../support/zod.js'

/** One version's reserve-instance labels, in the order the server listed them. */
const buildExactReservationSchema = () =>
  z.strictObject({
    tenantId: z.string(),
    productId: z.string().default(''),
    funcName: z.string(),
    version: z.string(),
    labels: z.array(
      z.strictObject({
        instanceLabel: z.string(),
        instanceConfigInfos: z.array(
          z.strictObject({
            clusterId: z.string(),
            maxInstance: z.number().int(),
            minInstance: z.number().int(),
          }),
        ),
      }),
    ),
  })

/** Built on first use, as the other schemas a start does not need (decision 0039). */
export const exactReservationSchema = lazy(buildExactReservationSchema)

export type ExactReservation = z.output<ReturnType<typeof exactReservationSchema>>

/**
 * Writes an imported tenant as it was: records with their own times, revision ids and store order
 * (not through the domain operations, which would stamp new ones), then their reservations.
 */
export function writeExactRecords(
  ctx: DomainContext,
  records: readonly VersionRecord[],
  reservations: readonly ExactReservation[],
): void {
  if (records.length > 0) ctx.store.putExact(records)
  for (const reservation of reservations) {
    // a tenant's products share its reservations, as the real keys hold no product
    const key = toReservationKey(reservation.tenantId, reservation.funcName, reservation.version)
    const labels = new Map(
      reservation.labels.map((label) => [label.instanceLabel, label.instanceConfigInfos]),
    )
    ctx.store.commitSlot(RESERVATIONS, [[key, labels]])
  }
}
