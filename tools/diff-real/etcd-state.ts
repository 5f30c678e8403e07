import { z } from 'zod'
import { otherWriterSchemas } from '../../src/seed/write-other-writer.js'
import type { GivenState } from './exchange.js'

/**
 * What another writer puts in the real server's etcd for a sequence's `given` state: the keys and
 * JSON values the real server's own layer, alias and trigger services write (function_repo/storage:
 * `LayerValue`, `AliasValue`, `TriggerValue` and their index entries), under the `/repo` prefix.
 * Key parts are encoded as the server's reflect codec encodes them: a struct's fields joined by `/`,
 * ints as their length (a letter from `a`) then their digits, trailing empty parts dropped, and a
 * final `/`.
 */

const { otherAliasSchema, otherLayerSchema, otherTriggerSchema } = otherWriterSchemas()
const givenSchema = z.strictObject({
  layers: z.array(otherLayerSchema).optional(),
  aliases: z.array(otherAliasSchema).optional(),
  triggers: z.array(otherTriggerSchema).optional(),
})

const BUSINESS_ID = 'yrk'
/** A fixed instant for the values' times: no answer of the function routes shows them. */
const WRITTEN_AT = '2026-01-02T03:04:05Z'

/** `formatInt` of the codec: `1` is `b1`, `10` is `c10`; 0 is an empty part. */
function codecInt(value: number): string {
  if (value === 0) return ''
  const digits = String(value)
  return String.fromCharCode('a'.charCodeAt(0) + digits.length) + digits
}

/** A reflect-codec key: the table's prefix, the parts (trailing empty ones dropped), a final `/`. */
function codecKey(table: string, parts: readonly string[]): string {
  const kept = [...parts]
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop()
  return `/repo/${table}/${kept.join('/')}/`
}

const emptyPackage = {
  StorageType: '',
  CodeUploadType: '',
  Signature: '',
  Size: 0,
  BucketID: '',
  ObjectID: '',
  BucketUrl: '',
  Token: '',
  CodePath: '',
}

/** Every key and value to put for a `given` state, checked as a scenario checks it. */
export function toEtcdPuts(given: GivenState): Array<readonly [string, string]> {
  const state = givenSchema.parse(given)
  const puts: Array<readonly [string, string]> = []
  const put = (key: string, value: unknown) => puts.push([key, JSON.stringify(value)])
  for (const layer of state.layers ?? []) {
    const scope = [BUSINESS_ID, layer.tenantId, layer.productId]
    put(codecKey('Layer', [...scope, layer.name, codecInt(layer.version)]), {
      Package: emptyPackage,
      CompatibleRuntimes: layer.compatibleRuntimes,
      Description: '',
      LicenseInfo: '',
      CreateTime: WRITTEN_AT,
      UpdateTime: WRITTEN_AT,
    })
    if (layer.indexed) put(codecKey('LayerCountIndex', [...scope, layer.name]), {})
  }
  for (const alias of state.aliases ?? []) {
    const scope = [BUSINESS_ID, alias.tenantId, alias.productId]
    const routingConfig =
      alias.routingConfig ?? (alias.functionVersion ? { [alias.functionVersion]: 100 } : {})
    put(codecKey('Alias', [...scope, alias.functionName, alias.name]), {
      Name: alias.name,
      FunctionName: alias.functionName,
      FunctionVersion: alias.functionVersion,
      RevisionID: '20260102030405000',
      Description: '',
      RoutingConfig: routingConfig,
      CreateTime: WRITTEN_AT,
      UpdateTime: WRITTEN_AT,
    })
    for (const version of Object.keys(routingConfig))
      put(codecKey('AliasRoutingIndex', [...scope, alias.functionName, version]), { Name: alias.name })
  }
  for (const trigger of state.triggers ?? []) {
    const scope = [BUSINESS_ID, trigger.tenantId, trigger.productId]
    const { functionName, versionOrAlias, triggerId, triggerType } = trigger
    put(codecKey('Trigger', [...scope, functionName, versionOrAlias, triggerId]), {
      TriggerID: triggerId,
      FuncName: functionName,
      TriggerType: triggerType,
      RevisionID: '20260102030405000',
      EtcdSpec: { HTTPMethod: 'GET', ResourceID: triggerId, AuthFlag: false, AuthAlgorithm: '' },
      CreateTime: WRITTEN_AT,
      UpdateTime: WRITTEN_AT,
    })
    put(codecKey('TriggerFunctionIndex', [...scope, triggerId]), {
      FunctionName: functionName,
      VersionOrAlias: versionOrAlias,
    })
    put(codecKey('FunctionResourceIDIndex', [...scope, functionName, versionOrAlias, triggerId]), {})
  }
  return puts
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

/** Puts keys through etcd's v3 JSON gateway (`POST /v3/kv/put`), one by one. */
export async function putEtcd(
  etcdUrl: string,
  puts: ReadonlyArray<readonly [string, string]>,
): Promise<void> {
  for (const [key, value] of puts) {
    const response = await fetch(`${etcdUrl}/v3/kv/put`, {
      method: 'POST',
      body: JSON.stringify({ key: base64(key), value: base64(value) }),
    })
    if (!response.ok)
      throw new Error(`etcd at ${etcdUrl} refused ${key}: ${response.status} ${await response.text()}`)
  }
}
