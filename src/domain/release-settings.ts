import type { ServerVersion } from '../contract/server-version.js'
import { DEFAULT_TENANT } from '../model/scope.js'

/** What a release's config template and middleware decide for every request. */
export interface ReleaseSettings {
  /** The template's `runtimeType` list, in its order. */
  readonly runtimes: readonly string[]
  /** The tenant of a request without `X-Tenant-ID` (`router/middleware.go`'s `defaultTenantID`). */
  readonly defaultTenant: string
}

const pythons = (last: number) =>
  Array.from({ length: last - 5 }, (_, index) => `python3.${index + 6}`) as readonly string[]

const runtimesWith = (python: readonly string[], custom: string): readonly string[] => [
  'nodejs10.15.2',
  'java1.8',
  'java8',
  'java11',
  'java17',
  'java21',
  ...python,
  'cpp11',
  'cpp11-bin',
  custom,
  'posix-custom-runtime',
  'go1.13',
]

/**
 * Each release's settings, read from its own `metaservice_config.json` template and middleware:
 * 0.10.0 added python3.14 and spells `custom runtime` with a space; 0.8.0 added python3.12 and 3.13;
 * 0.7.0's default tenant is the 32-digit id its successors replaced with `default`.
 */
export const RELEASE_SETTINGS: Readonly<Record<ServerVersion, ReleaseSettings>> = {
  '0.7.0': {
    runtimes: runtimesWith(pythons(11), 'custom-runtime'),
    defaultTenant: '12345678901234561234567890123456',
  },
  '0.8.0': { runtimes: runtimesWith(pythons(13), 'custom-runtime'), defaultTenant: DEFAULT_TENANT },
  '0.10.0': { runtimes: runtimesWith(pythons(14), 'custom runtime'), defaultTenant: DEFAULT_TENANT },
}
