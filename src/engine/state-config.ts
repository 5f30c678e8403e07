import {
  DEFAULT_SERVER_VERSION,
  isServerVersion,
  SERVER_VERSION_LIST,
  type ServerVersion,
} from '../contract/server-version.js'
import { type MetaConfig, toReleaseConfig } from '../domain/meta-config.js'

/** Settings a caller may override: everything but the release, which has an option of its own. */
export type ConfigOverrides = Partial<Omit<MetaConfig, 'serverVersion'>>

/**
 * The release asked for, checked: code that is not type-checked may pass anything, and a wrong
 * release must fail at once, not answer as another one.
 */
export function toRequestedVersion(value: unknown, where: string): ServerVersion {
  if (value === undefined) return DEFAULT_SERVER_VERSION
  if (isServerVersion(value)) return value
  throw new TypeError(`${where} must be ${SERVER_VERSION_LIST}, not ${JSON.stringify(value)}`)
}

/**
 * The settings a state is built with: the release's template, then the options' overrides, then
 * the active scenario's. The release is the scenario's if it names one (decision 0025).
 * @example toStateConfig('0.7.0', {}, undefined).defaultTenant // '12345678901234561234567890123456'
 */
export function toStateConfig(
  serverVersion: ServerVersion,
  options: ConfigOverrides | undefined,
  scenario: ConfigOverrides | undefined,
): MetaConfig {
  return { ...toReleaseConfig(serverVersion), ...options, ...scenario, serverVersion }
}
