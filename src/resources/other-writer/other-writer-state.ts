import type { DomainContext } from '../../domain/domain-context.js'
import { type TenantScope, toScopeKey } from '../../model/scope.js'
import { defineSlot } from '../../store/keyed-slot.js'
import type { MetaStore } from '../../store/meta-store.js'

/**
 * State that only another writer of etcd creates: the served binary registers no routes for
 * layers, aliases or triggers, but its function routes read them when they are there (decision
 * 0035). Values are what the answers depend on; the rest of the real values is not kept.
 */

/** A layer version (`/repo/Layer/<scope>/<name>/<version>/`). */
export interface OtherLayer {
  readonly scope: TenantScope
  readonly name: string
  readonly version: number
  readonly compatibleRuntimes: readonly string[]
  /** Whether the layer's count index (`/repo/LayerCountIndex/<scope>/<name>/`) is there too. */
  readonly indexed: boolean
}

/** An alias (`/repo/Alias/<scope>/<function>/<alias>/`) and its routing index entries. */
export interface OtherAlias {
  readonly scope: TenantScope
  readonly functionName: string
  readonly name: string
  readonly functionVersion: string
  /** Versions it routes to: each is an `AliasRoutingIndex` key, which forbids deleting that version. */
  readonly routingConfig: Readonly<Record<string, number>>
}

/** A trigger (`/repo/Trigger/<scope>/<function>/<versionOrAlias>/<id>/`). */
export interface OtherTrigger {
  readonly scope: TenantScope
  readonly functionName: string
  readonly versionOrAlias: string
  readonly triggerId: string
  /** Only `HTTP` decodes; any other type makes every read of the trigger fail (122004). */
  readonly triggerType: string
}

export const OTHER_LAYERS = defineSlot<OtherLayer>('other-writer-layers')
export const OTHER_ALIASES = defineSlot<OtherAlias>('other-writer-aliases')
export const OTHER_TRIGGERS = defineSlot<OtherTrigger>('other-writer-triggers')

/** The slot key of a layer version. */
export function toLayerKey(scope: TenantScope, name: string, version: number): string {
  return JSON.stringify([toScopeKey(scope), name, version])
}

/** The slot key of an alias. */
export function toAliasKey(scope: TenantScope, functionName: string, name: string): string {
  return JSON.stringify([toScopeKey(scope), functionName, name])
}

/** The slot key of a trigger. */
export function toTriggerKey(trigger: Omit<OtherTrigger, 'triggerType'>): string {
  const { scope, functionName, versionOrAlias, triggerId } = trigger
  return JSON.stringify([toScopeKey(scope), functionName, versionOrAlias, triggerId])
}

/** A layer version, exactly (`LayerGet`). */
export function findLayer(
  store: MetaStore,
  scope: TenantScope,
  name: string,
  version: number,
): OtherLayer | undefined {
  return store.slot(OTHER_LAYERS).get(toLayerKey(scope, name, version))
}

/**
 * `GetLayerLatestVersion`: the count index must be there, then the last key under the layer's
 * prefix wins. Versions are keyed by length then digits, so the last key is the highest version.
 */
export function findLatestLayer(store: MetaStore, scope: TenantScope, name: string): OtherLayer | undefined {
  const scopeKey = toScopeKey(scope)
  const versions = [...store.slot(OTHER_LAYERS).entries()]
    .map(([, layer]) => layer)
    .filter((layer) => layer.name === name && toScopeKey(layer.scope) === scopeKey)
  if (!versions.some((layer) => layer.indexed)) return undefined
  return versions.reduce<OtherLayer | undefined>(
    (latest, layer) => (latest === undefined || layer.version > latest.version ? layer : latest),
    undefined,
  )
}

/** An alias of a function (`AliasGet`). */
export function findAlias(
  store: MetaStore,
  scope: TenantScope,
  functionName: string,
  name: string,
): OtherAlias | undefined {
  return store.slot(OTHER_ALIASES).get(toAliasKey(scope, functionName, name))
}

/** Whether an alias routes to this version of the function (`AliasRoutingExist`). */
export function isRoutedByAlias(store: MetaStore, scope: TenantScope, functionName: string, version: string) {
  return functionAliases(store, scope, functionName).some(([, alias]) =>
    Object.hasOwn(alias.routingConfig, version),
  )
}

/** The triggers of a function: every one, or those of one version or alias. */
export function functionTriggers(
  store: MetaStore,
  scope: TenantScope,
  functionName: string,
  versionOrAlias?: string,
): Array<[string, OtherTrigger]> {
  const scopeKey = toScopeKey(scope)
  return [...store.slot(OTHER_TRIGGERS).entries()].filter(
    ([, trigger]) =>
      trigger.functionName === functionName &&
      toScopeKey(trigger.scope) === scopeKey &&
      (versionOrAlias === undefined || trigger.versionOrAlias === versionOrAlias),
  )
}

function functionAliases(store: MetaStore, scope: TenantScope, functionName: string) {
  const scopeKey = toScopeKey(scope)
  return [...store.slot(OTHER_ALIASES).entries()].filter(
    ([, alias]) => alias.functionName === functionName && toScopeKey(alias.scope) === scopeKey,
  )
}

/** Removes a function's aliases and triggers (deleting the whole function), or one version's triggers. */
export function dropOtherWriterState(
  ctx: DomainContext,
  scope: TenantScope,
  functionName: string,
  version?: string,
): void {
  const triggers = functionTriggers(ctx.store, scope, functionName, version)
  if (triggers.length > 0)
    ctx.store.commitSlot(
      OTHER_TRIGGERS,
      triggers.map(([key]) => [key, undefined] as const),
    )
  if (version !== undefined) return
  const aliases = functionAliases(ctx.store, scope, functionName)
  if (aliases.length > 0)
    ctx.store.commitSlot(
      OTHER_ALIASES,
      aliases.map(([key]) => [key, undefined] as const),
    )
}
