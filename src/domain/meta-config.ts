import { DEFAULT_TENANT } from '../model/scope.js'

/** The deployment settings the real server reads from its config (reference §5.1 defaults). */
export interface MetaConfig {
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

/** The process-deploy runtime list of the real server's config. */
export const DEFAULT_RUNTIMES: readonly string[] = [
  'nodejs10.15.2',
  'java1.8',
  'java8',
  'java11',
  'java17',
  'java21',
  ...['6', '7', '8', '9', '10', '11', '12', '13', '14'].map((minor) => `python3.${minor}`),
  'cpp11',
  'cpp11-bin',
  'custom runtime',
  'posix-custom-runtime',
  'go1.13',
]

/** The defaults of both of the real server's deploy configs. */
export const DEFAULT_META_CONFIG: MetaConfig = {
  versionMax: 8,
  cpu: { min: 300, max: 16000 },
  memory: { min: 128, max: 1073741824 },
  runtimes: DEFAULT_RUNTIMES,
  defaultTenant: DEFAULT_TENANT,
  clusters: ['cluster001'],
  instanceLabelMax: 100,
  bodyLimit: 1024 * 1024,
}
