import type { DomainContext } from '../domain/domain-context.js'
import { toScope } from '../model/scope.js'
import {
  OTHER_ALIASES,
  OTHER_LAYERS,
  OTHER_TRIGGERS,
  type OtherAlias,
  type OtherLayer,
  type OtherTrigger,
  toAliasKey,
  toLayerKey,
  toTriggerKey,
} from '../resources/other-writer/other-writer-state.js'
import { lazy } from '../support/lazy.js'
import { z } from '../support/zod.js'

/** The schemas of what another writer put in etcd, built on first use (decision 0039). */
function buildOtherWriterSchemas() {
  /** A part of an etcd key: `/` separates the parts, so it cannot be in one. */
  const keyPart = z.string().regex(/^[^/]*$/, 'no "/" (it separates the parts of the etcd key)')
  const named = keyPart.min(1)
  const scopeFields = {
    tenantId: named.describe('the tenant (X-Tenant-ID) whose requests see it'),
    productId: keyPart.default('').describe('the product (X-Product-ID), none by default'),
  }

  /** A layer version another writer put in etcd (`/repo/Layer/yrk/<tenant>/<product>/<name>/<version>/`). */
  const otherLayerSchema = z.strictObject({
    ...scopeFields,
    name: named,
    version: z
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .describe('0 is what a reference by name alone (not a URN) looks up'),
    compatibleRuntimes: z.array(z.string()).describe("a function's runtime must be one of them to use it"),
    indexed: z
      .boolean()
      .default(true)
      .describe(
        "whether the layer's count index (`/repo/LayerCountIndex/…/<name>/`) is there too: a function that " +
          'refers to version 0 shows the latest version through it, and answers 4113 without it',
      ),
  })

  /** An alias another writer put in etcd (`/repo/Alias/…/<function>/<alias>/` and its routing index). */
  const otherAliasSchema = z.strictObject({
    ...scopeFields,
    functionName: named,
    name: named,
    functionVersion: keyPart.describe('what a GET with this alias as qualifier answers ("": the latest)'),
    routingConfig: z
      .record(keyPart, z.number().int())
      .optional()
      .describe(
        'versions it routes to, with weights: none of them can be deleted (4105); default {functionVersion: 100}',
      ),
  })

  /** A trigger another writer put in etcd (`/repo/Trigger/…/<function>/<versionOrAlias>/<id>/`). */
  const otherTriggerSchema = z.strictObject({
    ...scopeFields,
    functionName: named,
    versionOrAlias: named,
    triggerId: named,
    triggerType: z
      .string()
      .default('HTTP')
      .describe(
        'HTTP, the one type this server decodes; any other fails every delete that reads it (122004)',
      ),
  })
  return { otherLayerSchema, otherAliasSchema, otherTriggerSchema }
}

export const otherWriterSchemas = lazy(buildOtherWriterSchemas)
type OtherWriterSchemas = ReturnType<typeof otherWriterSchemas>

export type OtherLayerInput = z.input<OtherWriterSchemas['otherLayerSchema']>
export type OtherAliasInput = z.input<OtherWriterSchemas['otherAliasSchema']>
export type OtherTriggerInput = z.input<OtherWriterSchemas['otherTriggerSchema']>

/** What another writer put in etcd, as a fixture holds it. */
export interface OtherWriterFixture {
  readonly layers?: ReadonlyArray<z.output<OtherWriterSchemas['otherLayerSchema']>>
  readonly aliases?: ReadonlyArray<z.output<OtherWriterSchemas['otherAliasSchema']>>
  readonly triggers?: ReadonlyArray<z.output<OtherWriterSchemas['otherTriggerSchema']>>
}

/** Puts another writer's layers, aliases and triggers into a store, as they would be in etcd. */
export function writeOtherWriterState(ctx: DomainContext, fixture: OtherWriterFixture): void {
  const layers = (fixture.layers ?? []).map((input): [string, OtherLayer] => {
    const layer = { ...input, scope: toScope(input.tenantId, input.productId) }
    return [toLayerKey(layer.scope, layer.name, layer.version), toLayer(layer)]
  })
  const aliases = (fixture.aliases ?? []).map((input): [string, OtherAlias] => {
    const scope = toScope(input.tenantId, input.productId)
    const routingConfig =
      input.routingConfig ?? (input.functionVersion ? { [input.functionVersion]: 100 } : {})
    const { functionName, name, functionVersion } = input
    return [
      toAliasKey(scope, functionName, name),
      { scope, functionName, name, functionVersion, routingConfig },
    ]
  })
  const triggers = (fixture.triggers ?? []).map((input): [string, OtherTrigger] => {
    const { functionName, versionOrAlias, triggerId, triggerType } = input
    const trigger = {
      scope: toScope(input.tenantId, input.productId),
      functionName,
      versionOrAlias,
      triggerId,
    }
    return [toTriggerKey(trigger), { ...trigger, triggerType }]
  })
  if (layers.length > 0) ctx.store.commitSlot(OTHER_LAYERS, layers)
  if (aliases.length > 0) ctx.store.commitSlot(OTHER_ALIASES, aliases)
  if (triggers.length > 0) ctx.store.commitSlot(OTHER_TRIGGERS, triggers)
}

function toLayer(layer: OtherLayer & { tenantId: string; productId: string }): OtherLayer {
  const { scope, name, version, compatibleRuntimes, indexed } = layer
  return { scope, name, version, compatibleRuntimes, indexed }
}
