import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { DEFAULT_FUNCTION_COUNT } from '../../src/seed/seed-defaults.js'
import { loadSeedFaker } from '../../src/seed/seed-faker.js'

vi.mock('../../src/seed/seed-faker.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/seed/seed-faker.js')>()
  return { loadSeedFaker: vi.fn(original.loadSeedFaker) }
})

async function functionNames(options: Parameters<typeof createMetaService>[0]): Promise<Set<string>> {
  const service = createMetaService(options)
  await service.ready
  return new Set(service.engine.defaultState.store.allRecords().map((record) => record.name))
}

// Decision 0018: a start on the default seed reads precomputed functions; faker is loaded only to
// generate others.
describe('loading faker for seed data', () => {
  afterEach(() => vi.mocked(loadSeedFaker).mockClear())

  it('does not happen on the default seed', async () => {
    expect((await functionNames({})).size).toBeGreaterThan(DEFAULT_FUNCTION_COUNT / 2)
    expect(loadSeedFaker).not.toHaveBeenCalled()
  })

  it('does not happen on the documented seed (1, decision 0038)', async () => {
    expect((await functionNames({ seed: 1 })).size).toBeGreaterThan(DEFAULT_FUNCTION_COUNT / 2)
    expect(loadSeedFaker).not.toHaveBeenCalled()
  })

  it('happens for another seed', async () => {
    await functionNames({ seed: 7 })
    expect(loadSeedFaker).toHaveBeenCalled()
  })

  it('happens for functions beyond the precomputed ones, which keep their place', async () => {
    const usual = await functionNames({})
    const more = await functionNames({ functions: DEFAULT_FUNCTION_COUNT + 2 })
    expect(loadSeedFaker).toHaveBeenCalled()
    expect([...usual].every((name) => more.has(name))).toBe(true)
    expect(more.size).toBeGreaterThan(usual.size)
  })
})
