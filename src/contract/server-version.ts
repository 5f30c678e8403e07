/**
 * The openYuanrong releases whose `meta_service` the fake can answer as. Each answers differently
 * (request fields, answer keys, name grammar, default tenant, runtimes); decision 0025 says where
 * each difference lives.
 */
export const SERVER_VERSIONS = ['0.7.0', '0.8.0', '0.10.0'] as const

/** One release: `'0.7.0'`, `'0.8.0'` or `'0.10.0'`. */
export type ServerVersion = (typeof SERVER_VERSIONS)[number]

/** The newest release, which the fake answers as unless told otherwise. */
export const DEFAULT_SERVER_VERSION: ServerVersion = '0.10.0'

/** Whether `value` names a release the fake knows. @example isServerVersion('0.8.0') // true */
export function isServerVersion(value: unknown): value is ServerVersion {
  return (SERVER_VERSIONS as readonly unknown[]).includes(value)
}

/**
 * The release a text names, with or without the tag's `v` (`v0.7.0`, `0.7.0`); undefined if none.
 * @example toServerVersion('v0.8.0') // '0.8.0'
 */
export function toServerVersion(text: string): ServerVersion | undefined {
  const bare = text.trim().replace(/^v/, '')
  return isServerVersion(bare) ? bare : undefined
}

/** The allowed values as a message lists them: `0.7.0, 0.8.0 or 0.10.0`. */
export const SERVER_VERSION_LIST = `${SERVER_VERSIONS.slice(0, -1).join(', ')} or ${SERVER_VERSIONS.at(-1)}`
