import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { loadScenarios } from '../../src/node/index.js'
import { installMetaMockMsw } from '../../src/testing/install-msw.js'

// Issue 26: loading more than 8 versions failed with a hint about generated names (the limit was
// not said), and under MSW the error came on every request instead of in beforeAll.

const NINE = { name: 'many', versions: 9 }
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function fixtureFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-versions-'))
  dirs.push(dir)
  const file = join(dir, 'many.json')
  writeFileSync(file, JSON.stringify({ name: 'many', functions: 0, load: [NINE] }))
  return file
}

async function loadError(build: () => { ready: Promise<void> }): Promise<string> {
  try {
    await build().ready
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected the data to be refused')
}

describe('a function loaded with more versions than the limit', () => {
  it('is refused naming the limit, the config key, the function and the file', async () => {
    const file = fixtureFile()
    const message = await loadError(() =>
      createMetaService({ scenarios: loadScenarios(file), scenario: 'many', logLevel: 'silent' }),
    )
    expect(message).toContain(`${file} at /load/0: cannot load function "many"`)
    expect(message).toContain('at most 8 published versions beside $latest')
    expect(message).toContain('config.versionMax')
    expect(message).toContain('"versions" lists 9')
    expect(message).not.toContain('generated function')
  })

  it('loads once the scenario raises versionMax, as the message says', async () => {
    const service = createMetaService({ load: [NINE], config: { versionMax: 9 }, logLevel: 'silent' })
    await service.ready
    const answer = await service.fetch(new Request('http://fake.test/serverless/v1/functions/many/versions'))
    expect(answer.status).toBe(200)
  })

  it('fails the MSW setup in beforeAll, not each request', async () => {
    const hooks: Record<string, () => unknown> = {}
    const register = (name: string) => (fn: () => unknown) => {
      hooks[name] = fn
    }
    installMetaMockMsw(
      { beforeAll: register('beforeAll'), afterEach: register('afterEach'), afterAll: register('afterAll') },
      { load: [NINE], logLevel: 'silent', port: 39_999 },
    )
    try {
      await expect(Promise.resolve().then(hooks.beforeAll)).rejects.toThrow(/at most 8 published versions/)
    } finally {
      await hooks.afterAll?.()
    }
  })
})
