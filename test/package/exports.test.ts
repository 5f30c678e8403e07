import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))

// The package imports itself by name: the built files (npm test builds first), resolved through the
// exports map. A name in a variable keeps the type checker from needing dist/ before the build.
const importBuilt = (name: string): Promise<Record<string, unknown>> => import(name)
const SUBPATHS = [
  'yr-meta-mock',
  'yr-meta-mock/node',
  'yr-meta-mock/msw',
  'yr-meta-mock/vitest',
  'yr-meta-mock/jest',
]

describe('the published exports', () => {
  it('are exactly these subpaths', () => {
    expect(Object.keys(packageJson.exports)).toEqual([
      '.',
      './node',
      './msw',
      './vitest',
      './jest',
      './scenario.schema.json',
      './openapi.json',
      './openapi-0.8.0.json',
      './openapi-0.7.0.json',
      './openapi.admin.json',
      './package.json',
    ])
  })

  it.each(SUBPATHS)('%s exports the documented names', async (subpath) => {
    const names = Object.keys(await importBuilt(subpath)).sort()
    expect(names).toMatchSnapshot()
  })

  it('ships the scenario JSON Schema', async () => {
    const schema = (await import(['yr-meta-mock', 'scenario.schema.json'].join('/'), {
      with: { type: 'json' },
    })) as {
      default: { title: string }
    }
    expect(schema.default.title).toBe('yr-meta-mock scenario')
  })

  it.each([
    ['openapi.json', 'openapi.json'],
    ['openapi-0.8.0.json', 'openapi-0.8.0.json'],
    ['openapi-0.7.0.json', 'openapi-0.7.0.json'],
    ['openapi.admin.json', 'openapi.admin.json'],
  ])('ships %s', async (subpath) => {
    const document = (await import(['yr-meta-mock', subpath].join('/'), { with: { type: 'json' } })) as {
      default: { openapi: string }
    }
    expect(document.default.openapi).toBe('3.1.1')
  })
})
