import { readFileSync } from 'node:fs'
import type { FunctionFixture, MetaServiceOptions } from '../../src/index.js'

/** A function with five published versions: newest first it lists 5, $latest, 4, 3, 2, 1. */
export const PAGING_FUNCTION = '0@svc@paging'
export const PAGING_ORDER = ['5', '$latest', '4', '3', '2', '1']
export const OTHER_TENANT = 'tenant-b'

const fixtures = JSON.parse(
  readFileSync(new URL('../../fixtures/contract-functions.json', import.meta.url), 'utf8'),
) as FunctionFixture[]

/** The service every contract face serves: the default seed plus `fixtures/contract-functions.json`. */
export const CONTRACT_OPTIONS: MetaServiceOptions = { load: fixtures }
