import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))

// The package imports itself by name: these are the built files, resolved through the exports map.
const SUBPATHS: Record<string, () => Promise<Record<string, unknown>>> = {
  'yr-meta-mock': () => import('yr-meta-mock'),
  'yr-meta-mock/node': () => import('yr-meta-mock/node'),
  'yr-meta-mock/msw': () => import('yr-meta-mock/msw'),
  'yr-meta-mock/vitest': () => import('yr-meta-mock/vitest'),
  'yr-meta-mock/jest': () => import('yr-meta-mock/jest'),
}

describe('the published exports', () => {
  it('are exactly these subpaths', () => {
    expect(Object.keys(packageJson.exports)).toEqual([
      '.',
      './node',
      './msw',
      './vitest',
      './jest',
      './scenario.schema.json',
      './package.json',
    ])
  })

  it.each(Object.keys(SUBPATHS))('%s exports the documented names', async (subpath) => {
    const names = Object.keys(await (SUBPATHS[subpath] as () => Promise<Record<string, unknown>>)()).sort()
    expect(names).toMatchSnapshot()
  })

  it('ships the scenario JSON Schema', async () => {
    const schema = await import('yr-meta-mock/scenario.schema.json', { with: { type: 'json' } })
    expect(schema.default.title).toBe('yr-meta-mock scenario')
  })
})
