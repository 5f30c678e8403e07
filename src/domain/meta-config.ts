import { DEFAULT_SERVER_VERSION, type ServerVersion } from '../contract/server-version.js'
import { RELEASE_SETTINGS } from './release-settings.js'

/** The deployment settings the real server reads from its config (reference §5.1 defaults). */
export interface MetaConfig {
  /** The release answered as (decision 0025); it gives `runtimes` and `defaultTenant` their defaults. */
  readonly serverVersion: ServerVersion
  /** Published versions allowed beside latest (`versionMax`). */
  readonly versionMax: number
  readonly cpu: { readonly min: number; readonly max: number }
  readonly memory: { readonly min: number; readonly max: number }
  /** The `runtimeType` list: the only runtime check the real server makes. */
  readonly runtimes: readonly string[]
  /** Tenant used when a request has no `X-Tenant-ID`. */
  readonly defaultTenant: string
  /** Clusters reserve-instance configurations may name (the first is the default). */
  readonly clusters: readonly string[]
  /** Labels one version may have (`instanceLabelMax`). */
  readonly instanceLabelMax: number
  /** The fake's own guard, not the server's: request bodies over this many bytes are refused (413). */
  readonly bodyLimit: number
}

/** The process-deploy runtime list of the newest release's config. */
export const DEFAULT_RUNTIMES: readonly string[] = RELEASE_SETTINGS[DEFAULT_SERVER_VERSION].runtimes

/**
 * The settings of a release's config template (reference §5.1 defaults): its runtimes and default
 * tenant, and the limits all three share.
 * @example toReleaseConfig('0.7.0').defaultTenant // '12345678901234561234567890123456'
 */
export function toReleaseConfig(serverVersion: ServerVersion): MetaConfig {
  return {
    serverVersion,
    versionMax: 8,
    cpu: { min: 300, max: 16000 },
    memory: { min: 128, max: 1073741824 },
    runtimes: RELEASE_SETTINGS[serverVersion].runtimes,
    defaultTenant: RELEASE_SETTINGS[serverVersion].defaultTenant,
    clusters: ['cluster001'],
    instanceLabelMax: 100,
    bodyLimit: 1024 * 1024,
  }
}

/** The defaults of the newest release's deploy configs. */
export const DEFAULT_META_CONFIG: MetaConfig = toReleaseConfig(DEFAULT_SERVER_VERSION)
