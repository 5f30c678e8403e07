import type { MetaStore } from '../store/meta-store.js'
import type { MetaConfig } from './meta-config.js'

/** What every domain operation works on: the store, the settings and the clock. */
export interface DomainContext {
  readonly store: MetaStore
  readonly config: MetaConfig
  /** The current time; seeding replaces it to write history at chosen dates. */
  readonly now: () => Date
}
