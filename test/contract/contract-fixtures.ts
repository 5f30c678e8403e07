import { fileURLToPath } from 'node:url'
import type { MetaServiceOptions } from '../../src/index.js'
import { loadScenarios } from '../../src/node/index.js'

/** A function with five published versions: newest first it lists 5, $latest, 4, 3, 2, 1. */
export const PAGING_FUNCTION = '0@svc@paging'
export const PAGING_ORDER = ['5', '$latest', '4', '3', '2', '1']
export const OTHER_TENANT = 'tenant-b'

const CONTRACT_SCENARIO = fileURLToPath(new URL('../../fixtures/contract.json', import.meta.url))

/** The service every contract face serves: the default seed plus `fixtures/contract.json`. */
export const CONTRACT_OPTIONS: MetaServiceOptions = {
  scenarios: loadScenarios(CONTRACT_SCENARIO),
  scenario: 'contract',
}
