import { toScope } from '../model/scope.js'
import {
  FUNCTION_SPEC_DEFAULTS,
  type FunctionSpec,
  toFunctionSpec,
} from '../resources/functions/function-spec.js'
import type { FunctionHistory, HistoryEvent } from './function-history.js'
import { SECOND_TENANT } from './seed-defaults.js'

/** A generated event as text: dates as ISO strings, an update as the fields it changes. */
export type StoredEvent =
  | { readonly type: 'update'; readonly at: string; readonly changes: Partial<FunctionSpec> }
  | {
      readonly type: 'publish'
      readonly at: string
      readonly versionNumber: string
      readonly versionDesc: string
    }

/**
 * A generated function as text: the spec as the fields that differ from the defaults, and the tenant
 * as which of the two (the default tenant is a setting, so it is filled in when read).
 */
export interface StoredHistory {
  readonly tenant: 'default' | 'second'
  readonly name: string
  readonly createdAt: string
  readonly fields: Partial<FunctionSpec>
  readonly events: readonly StoredEvent[]
}

/** A history as text, for the file of precomputed histories. */
export function toStoredHistory(history: FunctionHistory, defaultTenant: string): StoredHistory {
  return {
    tenant: history.scope.tenantId === defaultTenant ? 'default' : 'second',
    name: history.name,
    createdAt: history.createdAt.toISOString(),
    fields: changedFields(FUNCTION_SPEC_DEFAULTS, history.spec),
    events: history.events.map((event) => toStoredEvent(event, history.spec)),
  }
}

/** The history again, for a server whose default tenant is `defaultTenant`. */
export function fromStoredHistory(stored: StoredHistory, defaultTenant: string): FunctionHistory {
  const spec = toFunctionSpec(stored.fields)
  return {
    scope: toScope(stored.tenant === 'default' ? defaultTenant : SECOND_TENANT),
    name: stored.name,
    createdAt: new Date(stored.createdAt),
    spec,
    events: stored.events.map((event) => fromStoredEvent(event, spec)),
  }
}

function toStoredEvent(event: HistoryEvent, spec: FunctionSpec): StoredEvent {
  if (event.type === 'publish') return { ...event, at: event.at.toISOString() }
  return { type: 'update', at: event.at.toISOString(), changes: changedFields(spec, event.spec) }
}

function fromStoredEvent(event: StoredEvent, spec: FunctionSpec): HistoryEvent {
  if (event.type === 'publish') return { ...event, at: new Date(event.at) }
  return { type: 'update', at: new Date(event.at), spec: { ...spec, ...event.changes } }
}

/** The fields of `spec` whose values differ from `base`'s (compared as JSON: they are plain data). */
function changedFields(base: FunctionSpec, spec: FunctionSpec): Partial<FunctionSpec> {
  const keys = Object.keys(spec) as (keyof FunctionSpec)[]
  const changed = keys.filter((key) => JSON.stringify(spec[key]) !== JSON.stringify(base[key]))
  return Object.fromEntries(changed.map((key) => [key, spec[key]]))
}
