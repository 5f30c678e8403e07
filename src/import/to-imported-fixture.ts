import type { ScenarioInput } from '../scenarios/scenario-schema.js'
import type { ImportedTenant } from './import-tenant.js'

/** Where the tenant came from, for the fixture's description. */
export interface ImportSource {
  readonly from: string
  readonly tenant: string
  readonly product?: string
  readonly name?: string
  readonly schema?: string
}

/**
 * A scenario that serves the imported tenant and nothing else: no generated functions and no
 * documentation example beside it. Pod pools are the server's, all of them: they have no tenant.
 */
export function toImportedFixture(tenant: ImportedTenant, source: ImportSource) {
  const scope = source.product === undefined ? source.tenant : `${source.tenant}, product ${source.product}`
  return {
    $schema: source.schema ?? 'https://unpkg.com/yr-meta-mock/schema/scenario.schema.json',
    ...(source.name === undefined ? {} : { name: source.name }),
    description: `tenant ${scope} imported from ${source.from} (openYuanrong ${tenant.serverVersion}): ${tenant.records.length} version records, ${tenant.reservations.length} reserved versions; the server's ${tenant.podPools.length} pod pools (global, whatever the tenant)`,
    serverVersion: tenant.serverVersion,
    functions: 0,
    docExample: false,
    records: tenant.records,
    reservations: tenant.reservations,
    podPools: tenant.podPools,
  } satisfies ScenarioInput
}
