import { describe, expect, it } from 'vitest'
import { DEFAULT_TENANT } from '../../src/model/scope.js'
import { DEFAULT_SEED_HISTORIES } from '../../src/seed/default-seed-histories.js'
import { generateHistory } from '../../src/seed/generate-history.js'
import { DEFAULT_FUNCTION_COUNT, DEFAULT_SEED } from '../../src/seed/seed-defaults.js'
import { loadSeedFaker } from '../../src/seed/seed-faker.js'
import { fromStoredHistory } from '../../src/seed/stored-history.js'

// If this fails after a change to the generator or a faker upgrade, run `npm run seed:default`.
describe("the default seed's precomputed functions", () => {
  it('are as many as a default start seeds', () => {
    expect(DEFAULT_SEED_HISTORIES).toHaveLength(DEFAULT_FUNCTION_COUNT)
  })

  it.each([DEFAULT_TENANT, 'acme'])('equal what faker generates, for default tenant "%s"', async (tenant) => {
    const faker = await loadSeedFaker()
    const stored = DEFAULT_SEED_HISTORIES.map((history) => fromStoredHistory(history, tenant))
    const generated = stored.map((_, index) => generateHistory(faker, DEFAULT_SEED, index, tenant))
    expect(stored).toStrictEqual(generated)
  })
})
