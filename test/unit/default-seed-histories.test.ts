import { describe, expect, it } from 'vitest'
import { DEFAULT_TENANT } from '../../src/model/scope.js'
import { DEFAULT_SEED_HISTORIES } from '../../src/seed/default-seed-histories.js'
import { DOCUMENTED_SEED_HISTORIES } from '../../src/seed/documented-seed-histories.js'
import { generateHistory } from '../../src/seed/generate-history.js'
import { DEFAULT_FUNCTION_COUNT, DEFAULT_SEED, DOCUMENTED_SEED } from '../../src/seed/seed-defaults.js'
import { loadSeedFaker } from '../../src/seed/seed-faker.js'
import { fromStoredHistory } from '../../src/seed/stored-history.js'

// If this fails after a change to the generator or a faker upgrade, run `npm run seed:default`.
describe.each([
  ['the default seed', DEFAULT_SEED, DEFAULT_SEED_HISTORIES],
  ['the documented seed (1)', DOCUMENTED_SEED, DOCUMENTED_SEED_HISTORIES],
])("%s's precomputed functions", (_, seed, histories) => {
  it('are as many as a start on the seed seeds by default', () => {
    expect(histories).toHaveLength(DEFAULT_FUNCTION_COUNT)
  })

  it.each([DEFAULT_TENANT, 'acme'])('equal what faker generates, for default tenant "%s"', async (tenant) => {
    const faker = await loadSeedFaker()
    const stored = histories.map((history) => fromStoredHistory(history, tenant))
    const generated = stored.map((_, index) => generateHistory(faker, seed, index, tenant))
    expect(stored).toStrictEqual(generated)
  })
})
