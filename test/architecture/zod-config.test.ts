import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z as sharedZod } from 'zod'
import { z } from '../../src/support/zod.js'

// Every schema of the fake is built with zod configured by `support/zod.ts` (jitless, decision 0044):
// a module that imported zod's values directly could build a schema before that configuration ran.

const SRC = resolve(import.meta.dirname, '../../src')
/** Each import statement: whether it is `import type`, and its module. */
const IMPORT = /^import\s+(type\s)?[^']*?from\s+'([^']+)'/gm

function importsZodValues(source: string): boolean {
  return [...source.matchAll(IMPORT)].some(
    ([, typeOnly, from]) => !typeOnly && /^zod(?:\/|$)/.test(from ?? ''),
  )
}

function listSourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listSourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe("zod's configuration", () => {
  it('is the one place in src that imports zod values', () => {
    const importers = listSourceFiles(SRC)
      .filter((file) => importsZodValues(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file))
    expect(importers).toEqual(['support/zod.ts'])
  })

  it('turns off the compiled parsers before any schema is built', () => {
    expect(z).toBe(sharedZod)
    expect(z.config().jitless).toBe(true)
  })
})
