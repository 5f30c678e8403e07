import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// Small files (issue 24, item 6): no source file over 300 lines. A file a script writes (it says so
// on its first line) is data, not code to read, and is left out.
const SRC = resolve(import.meta.dirname, '../../src')
const MAX_LINES = 300
const GENERATED = /^\/\/ Written by scripts\//

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listSourceFiles(path) : /\.c?ts$/.test(path) ? [path] : []
  })
}

function findLongFiles(files: ReadonlyArray<{ name: string; text: string }>, max: number): string[] {
  return files
    .filter(({ text }) => !GENERATED.test(text))
    .map(({ name, text }) => ({ name, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) }))
    .filter(({ lines }) => lines > max)
    .map(({ name, lines }) => `${name}: ${lines} lines`)
}

describe('the size of src/ files', () => {
  it(`keeps every hand-written file at ${MAX_LINES} lines or fewer`, () => {
    const files = listSourceFiles(SRC).map((path) => ({
      name: relative(SRC, path),
      text: readFileSync(path, 'utf8'),
    }))
    expect(files.length).toBeGreaterThan(100)
    expect(findLongFiles(files, MAX_LINES)).toEqual([])
  })

  it('counts lines, and leaves out only files a script wrote', () => {
    const long = 'x\n'.repeat(301)
    expect(findLongFiles([{ name: 'a.ts', text: long }], 300)).toEqual(['a.ts: 301 lines'])
    expect(findLongFiles([{ name: 'a.ts', text: 'x\n'.repeat(300) }], 300)).toEqual([])
    expect(findLongFiles([{ name: 'g.ts', text: `// Written by scripts/w.ts\n${long}` }], 300)).toEqual([])
  })
})
