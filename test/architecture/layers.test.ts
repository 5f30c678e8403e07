import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findImportCycles } from './import-cycles.js'
import { findUpwardImports, LAYERS, layerOf } from './layer-rules.js'

const SRC = resolve(import.meta.dirname, '../../src')

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listSourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

/** Every relative import of a file, as a path under src/ (`wire/outcome.ts`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)]
  return specifiers.map((match) =>
    relative(SRC, resolve(dirname(file), (match[1] as string).replace(/\.js$/, '.ts'))),
  )
}

describe('the layering of src/', () => {
  const files = listSourceFiles(SRC).map((file) => relative(SRC, file))

  it('gives every folder of src/ a layer', () => {
    const unplaced = files.filter((file) => layerOf(file) === undefined)
    expect(unplaced).toEqual([])
  })

  it('has no import from a folder to a folder above it', () => {
    const upward = files.flatMap((file) => findUpwardImports(file, importsOf(join(SRC, file))))
    expect(upward).toEqual([])
  })

  it('has no import cycle (issue 24: node/cli-args, start-server and tls; scenarios/compile-rule and json-match)', () => {
    const graph = new Map(files.map((file) => [file, importsOf(join(SRC, file))]))
    expect(findImportCycles(graph)).toEqual([])
  })

  it('has no runtime-specific import below the faces', () => {
    const belowFaces = files.filter((file) => (layerOf(file) ?? 0) < (LAYERS.get('msw') as number))
    const nodeImports = belowFaces.filter((file) =>
      /from ['"]node:/.test(readFileSync(join(SRC, file), 'utf8')),
    )
    expect(nodeImports).toEqual([])
  })
})

describe('the cycle finder itself', () => {
  it('finds a cycle of two and one of three, and nothing in a chain', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['a.ts', 'c.ts']],
      ['c.ts', ['d.ts']],
      ['d.ts', ['e.ts']],
      ['e.ts', ['c.ts', 'outside.ts']],
      ['f.ts', ['a.ts']],
    ])
    expect(findImportCycles(graph)).toEqual([
      ['c.ts', 'd.ts', 'e.ts'],
      ['a.ts', 'b.ts'],
    ])
    expect(
      findImportCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([])
  })
})

describe('the layer rules themselves', () => {
  it('find an upward import', () => {
    expect(findUpwardImports('wire/outcome.ts', ['engine/meta-engine.ts'])).toEqual([
      'wire/outcome.ts (wire) imports engine/meta-engine.ts (engine)',
    ])
  })

  it('let a folder import itself and the folders below it', () => {
    expect(findUpwardImports('engine/meta-engine.ts', ['engine/journal.ts', 'wire/outcome.ts'])).toEqual([])
  })
})
