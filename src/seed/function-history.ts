import type { TenantScope } from '../model/scope.js'
import type { FunctionSpec } from '../resources/functions/function-spec.js'

/** One write in a function's past, replayed through the domain operations at its date. */
export type HistoryEvent =
  | { readonly type: 'update'; readonly at: Date; readonly spec: FunctionSpec }
  | {
      readonly type: 'publish'
      readonly at: Date
      readonly versionNumber: string
      readonly versionDesc: string
    }

/** A function as seeding writes it: created at `createdAt`, then its events in order. */
export interface FunctionHistory {
  readonly scope: TenantScope
  readonly name: string
  readonly createdAt: Date
  readonly spec: FunctionSpec
  readonly events: readonly HistoryEvent[]
}
