import { afterEach, describe, expect, it, vi } from 'vitest'
import { metaMockGlobalSetup, metaMockGlobalTeardown } from '../../src/jest/server-setup.js'

// Issue 26: a Jest config with metaMockGlobalSetup and no globalTeardown hung at the end of the
// run (the server stayed open) with no word about why.

afterEach(async () => {
  await metaMockGlobalTeardown()
  delete process.env.YR_META_MOCK_URL
  vi.restoreAllMocks()
})

/** Runs the global setup as Jest does (its global config, then the project's), capturing stderr. */
async function setUpWith(globalConfig: object, projectConfig: object): Promise<string> {
  const lines: string[] = []
  vi.spyOn(process.stderr, 'write').mockImplementation((text) => lines.push(String(text)) > 0)
  await metaMockGlobalSetup({ logLevel: 'silent' })(globalConfig, projectConfig)
  return lines.join('')
}

describe('metaMockGlobalSetup under Jest', () => {
  it('warns, naming the globalTeardown key and what to export, when the config has none', async () => {
    const warned = await setUpWith({ globalTeardown: undefined }, { globalTeardown: undefined })
    expect(warned).toContain('no "globalTeardown"')
    expect(warned).toContain('metaMockGlobalTeardown')
    expect(warned).toContain('Jest will not exit')
  })

  it('says nothing when the global or the project config has one', async () => {
    expect(await setUpWith({ globalTeardown: '/p/teardown.cjs' }, {})).toBe('')
    await metaMockGlobalTeardown()
    expect(await setUpWith({ globalTeardown: undefined }, { globalTeardown: '/p/teardown.cjs' })).toBe('')
  })
})
