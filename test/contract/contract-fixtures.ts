import { fileURLToPath } from 'node:url'
import type { MetaServiceOptions } from '../../src/index.js'
import { loadScenarios } from '../../src/node/index.js'

/**
 * A function with five published versions: newest first it lists $latest, 5, 4, 3, 2, 1 (the last
 * publish wrote $latest and 5 in one revision, and etcd's key order puts `$latest` first).
 */
export const PAGING_FUNCTION = '0@svc@paging'
export const PAGING_ORDER = ['$latest', '5', '4', '3', '2', '1']
export const OTHER_TENANT = 'tenant-b'

const CONTRACT_SCENARIO = fileURLToPath(new URL('../../fixtures/contract.json', import.meta.url))

/** The service every contract face serves: the default seed plus `fixtures/contract.json`. */
export const CONTRACT_OPTIONS: MetaServiceOptions = {
  scenarios: loadScenarios(CONTRACT_SCENARIO),
  scenario: 'contract',
}
