import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url)
const packageJson = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
const require = createRequire(import.meta.url)

/** Every file the exports map names, with the conditions that lead to it. */
function exportTargets(entry: unknown, conditions: string[] = []): [string, string][] {
  if (typeof entry === 'string') return [[conditions.join('.') || 'default', entry]]
  return Object.entries(entry as Record<string, unknown>).flatMap(([key, value]) =>
    exportTargets(value, [...conditions, key]),
  )
}

describe('the exports map', () => {
  it('gives yr-meta-mock/jest an ESM face and a CommonJS face, each with its own types', () => {
    expect(packageJson.exports['./jest']).toEqual({
      import: { types: './dist/jest/index.d.ts', default: './dist/jest/index.js' },
      require: { types: './dist/jest/commonjs.d.cts', default: './dist/jest/commonjs.cjs' },
    })
  })

  it.each(
    Object.entries(packageJson.exports).flatMap(([subpath, entry]) =>
      exportTargets(entry).map(([conditions, file]) => [subpath, conditions, file]),
    ),
  )('%s (%s) names a built file: %s', (_subpath, _conditions, file) => {
    expect(existsSync(new URL(file as string, root))).toBe(true)
  })
})

describe('yr-meta-mock/jest under require', () => {
  const commonjs = require('yr-meta-mock/jest') as typeof import('../../src/jest/commonjs.js')

  it('exports the ESM face names', async () => {
    const esm = await import(['yr-meta-mock', 'jest'].join('/'))
    expect(Object.keys(commonjs).sort()).toEqual(Object.keys(esm).sort())
  })

  it('starts the server from the global setup and reaches it with a test client', async () => {
    await commonjs.metaMockGlobalSetup({ seed: 1 })()
    try {
      const client = commonjs.useTestClient()
      expect((await client.fetch('/serverless/v1/functions?name=hello2')).status).toBe(200)
    } finally {
      await commonjs.metaMockGlobalTeardown()
      delete process.env.YR_META_MOCK_URL
    }
  })

  it('says that the MSW setup needs native ESM', () => {
    expect(() => commonjs.useMetaMockMsw()).toThrow(/native ESM mode/)
  })
})
