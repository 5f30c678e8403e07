import { DEFAULT_SERVER_VERSION, type ServerVersion } from '../../contract/server-version.js'
import { NAME_GRAMMARS, type NameGrammar } from '../../model/names.js'
import { type FunctionRequestTypes, requestTypes } from '../../model/request-types.js'

/**
 * What one release's function routes do differently, as data (decision 0025): the bodies they
 * decode, the names they take, the keys of their answers and the `kind` they store. Every handler
 * and presenter reads its release's entry; none asks which release it is.
 */
export interface FunctionRelease {
  readonly serverVersion: ServerVersion
  /** Built on first use, with the schemas they come from (decision 0039). */
  readonly requestTypes: () => FunctionRequestTypes
  readonly names: NameGrammar
  /** `model.FunctionVersion`, in Go's key order: admin results, function lists, update. */
  readonly functionVersionKeys: readonly string[]
  /** `model.FunctionGetResponse`: `FunctionVersion` plus `created` (admin get and publish). */
  readonly getResponseKeys: readonly string[]
  /**
   * `GetFunctionResponseForUser` (the user `function` object, reference §5.3): the
   * `FunctionVersion` keys with `id` first, no `priorityAz`, and `created` last.
   */
  readonly userFunctionKeys: readonly string[]
  /** `model.GetFunctionResponse`, in Go's key order: the non-admin versions list's elements. */
  readonly versionListItemKeys: readonly string[]
  /** `types.RootfsSpecMeta`, in Go's key order (empty: the release has no rootfs). */
  readonly rootfsKeys: readonly string[]
  /** The `kind` a create stores: 0.10.0 keeps the body's, older releases only `faas`. */
  readonly storesKind: 'as-sent' | 'faas-only'
}

/** `model.GetFunctionResponse` of 0.10.0 (reference §5.2). */
const VERSION_LIST_ITEM_KEYS = [
  ...['id', 'createTime', 'updateTime', 'functionUrn', 'name', 'tenantId', 'businessId', 'productId'],
  ...['reversedConcurrency', 'description', 'lastModified', 'Published', 'minInstance', 'maxInstance'],
  ...['concurrentNum', 'status', 'instanceNum', 'tag', 'functionVersionUrn', 'revisionId', 'codeSize'],
  ...['codeSha256', 'bucketId', 'objectId', 'handler', 'layers', 'cpu', 'memory', 'runtime', 'timeout'],
  ...['versionNumber', 'versionDesc', 'environment', 'customResources', 'statefulFlag', 'funcLayer'],
  ...['device', 'kind', 'created'],
]

/** `model.FunctionVersion` of 0.10.0 (reference §5.4). */
const FUNCTION_VERSION_KEYS = [
  ...['createTime', 'updateTime', 'functionUrn', 'name', 'tenantId', 'businessId', 'productId'],
  ...['reversedConcurrency', 'description', 'tag', 'functionVersionUrn', 'revisionId', 'storageType'],
  ...['codeSize', 'codeSha256', 'codePath', 'bucketId', 'objectId', 'handler', 'layers', 'cpu', 'memory'],
  ...['runtime', 'timeout', 'versionNumber', 'versionDesc', 'environment', 'customResources'],
  ...['statefulFlag', 'lastModified', 'Published', 'minInstance', 'maxInstance', 'concurrentNum'],
  ...['enableMetrics', 'funcLayer', 'status', 'instanceNum', 'device', 'kind', 'rootfs', 'priorityAz'],
  'sandboxType',
]

/** `types.RootfsSpecMeta` of 0.10.0. */
const ROOTFS_KEYS = [
  ...['runtime', 'type', 'imageurl', 'user', 'ports', 'path', 'readonly', 'storageInfo', 'mountpoint'],
  'mounts',
]

const without = (keys: readonly string[], missing: readonly string[]) =>
  keys.filter((key) => !missing.includes(key))

/** What 0.10.0 added to the answers of 0.8.0. */
const ANSWER_KEYS_ADDED_IN_0_10_0 = ['enableMetrics', 'priorityAz', 'sandboxType']
const ROOTFS_KEYS_ADDED_IN_0_10_0 = ['user', 'ports', 'mounts']
/** What 0.8.0 added to the answers of 0.7.0 (its versions list gained `kind` too). */
const ANSWER_KEYS_ADDED_IN_0_8_0 = ['storageType', 'codePath', 'kind', 'rootfs']

/** A release's entry, with the shapes that follow from its `FunctionVersion` keys. */
function toRelease(release: Omit<FunctionRelease, 'getResponseKeys' | 'userFunctionKeys'>): FunctionRelease {
  const keys = release.functionVersionKeys
  return {
    ...release,
    getResponseKeys: [...keys, 'created'],
    userFunctionKeys: ['id', ...keys.filter((key) => key !== 'priorityAz'), 'created'],
  }
}

const RELEASE_0_10_0 = toRelease({
  serverVersion: '0.10.0',
  requestTypes: () => requestTypes().byRelease['0.10.0'],
  names: NAME_GRAMMARS['0.10.0'],
  functionVersionKeys: FUNCTION_VERSION_KEYS,
  versionListItemKeys: VERSION_LIST_ITEM_KEYS,
  rootfsKeys: ROOTFS_KEYS,
  storesKind: 'as-sent',
})

const RELEASE_0_8_0 = toRelease({
  serverVersion: '0.8.0',
  requestTypes: () => requestTypes().byRelease['0.8.0'],
  names: NAME_GRAMMARS['0.8.0'],
  functionVersionKeys: without(FUNCTION_VERSION_KEYS, ANSWER_KEYS_ADDED_IN_0_10_0),
  versionListItemKeys: VERSION_LIST_ITEM_KEYS,
  rootfsKeys: without(ROOTFS_KEYS, ROOTFS_KEYS_ADDED_IN_0_10_0),
  storesKind: 'faas-only',
})

const RELEASE_0_7_0 = toRelease({
  serverVersion: '0.7.0',
  requestTypes: () => requestTypes().byRelease['0.7.0'],
  names: NAME_GRAMMARS['0.7.0'],
  functionVersionKeys: without(RELEASE_0_8_0.functionVersionKeys, ANSWER_KEYS_ADDED_IN_0_8_0),
  versionListItemKeys: without(VERSION_LIST_ITEM_KEYS, ['kind']),
  rootfsKeys: [],
  storesKind: 'faas-only',
})

/** Each release's function routes. */
export const FUNCTION_RELEASES: Readonly<Record<ServerVersion, FunctionRelease>> = {
  '0.7.0': RELEASE_0_7_0,
  '0.8.0': RELEASE_0_8_0,
  '0.10.0': RELEASE_0_10_0,
}

/** The newest release's entry, the presenters' default. */
export const NEWEST_FUNCTION_RELEASE = FUNCTION_RELEASES[DEFAULT_SERVER_VERSION]

/** The `kind` a create stores in this release. @example toStoredKind(FUNCTION_RELEASES['0.8.0'], 'yrlib') // '' */
export function toStoredKind(release: FunctionRelease, kind: string): string {
  return release.storesKind === 'as-sent' || kind === 'faas' ? kind : ''
}

/** The release a state answers as. @example toFunctionRelease(ctx).names.create.test('fn') */
export function toFunctionRelease(ctx: { readonly config: { readonly serverVersion: ServerVersion } }) {
  return FUNCTION_RELEASES[ctx.config.serverVersion]
}
