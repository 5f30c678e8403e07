import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DocImport, findDocImports, findDocSubpaths } from './doc-imports.js'
import { createPackedPackage, findMissingImports, type PackedPackage } from './packed-package.js'

// Issue 26: the README showed APIs the package did not export. Every name the README and the guides
// import (code blocks and "`name` from `yr-meta-mock/…`" in prose) is looked up in the package as
// `npm pack` makes it (its `files` and `exports`, not this clone), at run time and in its types.

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs')).flatMap((name) => (name.endsWith('.md') ? [`docs/${name}`] : [])),
]
const texts = DOCS.map((file) => [file, readFileSync(join(ROOT, file), 'utf8')] as const)
const imports = texts.flatMap(([file, text]) => findDocImports(file, text))
const subpaths = texts.flatMap(([file, text]) => findDocSubpaths(file, text))

/** Names no entry point exports, planted beside the docs' own: the check must report each of them. */
const PLANTED: DocImport[] = [
  { where: 'planted:1', specifier: 'yr-meta-mock', name: 'createNothing', form: 'value' },
  { where: 'planted:2', specifier: 'yr-meta-mock/node', name: 'NoSuchType', form: 'type' },
  { where: 'planted:3', specifier: 'yr-meta-mock/jest', name: 'noSuchHelper', form: 'require' },
  { where: 'planted:4', specifier: 'yr-meta-mock/vitest', name: 'createMetaService', form: 'value' },
]

let packed: PackedPackage
let missing: string[]
beforeAll(() => {
  packed = createPackedPackage(ROOT)
  missing = findMissingImports(packed, ROOT, [...imports, ...PLANTED])
}, 120_000)
afterAll(() => packed?.remove())

describe('what the docs import from yr-meta-mock', () => {
  it('is found in the README and the guides: code blocks, CommonJS and prose', () => {
    const names = new Set(imports.map((entry) => `${entry.specifier} ${entry.name}`))
    expect(names.size).toBeGreaterThan(20)
    for (const expected of [
      'yr-meta-mock createMetaService', // README's code
      'yr-meta-mock/node startServer', // README's prose: `startServer({ port: 0 })` from `yr-meta-mock/node`
      'yr-meta-mock/jest metaMockGlobalTeardown', // docs/jest.md: require('yr-meta-mock/jest').metaMockGlobalTeardown
      'yr-meta-mock VersionListResponse', // docs/jest.md: import type … with { 'resolution-mode': 'import' }
      'yr-meta-mock createUpstream', // the proxy, record and import APIs issue 26 found missing
    ]) {
      expect(names).toContain(expected)
    }
  })

  it('is exported by the packed package, at run time and in its types', () => {
    expect(missing.filter((line) => !line.startsWith('planted:'))).toEqual([])
  })

  it('would be reported if it were not (names planted beside the docs)', () => {
    for (const { where } of PLANTED)
      expect(
        missing.some((line) => line.startsWith(`${where}:`)),
        where,
      ).toBe(true)
  })

  it('names only subpaths the exports map has, whose files are in the tarball', () => {
    const exportsMap = JSON.parse(
      readFileSync(join(packed.dir, 'node_modules/yr-meta-mock/package.json'), 'utf8'),
    ).exports as Record<string, unknown>
    const wrong = subpaths.flatMap(({ where, specifier }) => {
      const target = exportsMap[`.${specifier.slice('yr-meta-mock'.length)}`]
      if (target === undefined) return [`${where}: ${specifier} is not in the exports map`]
      const file = typeof target === 'string' ? target : undefined
      return file && !existsSync(join(packed.dir, 'node_modules/yr-meta-mock', file))
        ? [`${where}: ${specifier} names ${file}, which is not in the tarball`]
        : []
    })
    expect(subpaths.length).toBeGreaterThan(5)
    expect(wrong).toEqual([])
  })
})
