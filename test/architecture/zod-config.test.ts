import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z as sharedZod } from 'zod'
import { z } from '../../src/support/zod.js'

// Every schema of the fake is built with zod configured by `support/zod.ts` (jitless, decision 0044),
// from the part of zod's API `support/zod-api.ts` names (what the package bundles): a module that
// imported zod's values directly could build a schema before that configuration ran, and would bring
// all of zod into the package again.

const SRC = resolve(import.meta.dirname, '../../src')
/** Each import or re-export statement: whether it is type-only, and its module. */
const IMPORT = /^(?:import|export)\s+(type\s)?[^']*?from\s+'([^']+)'/gm

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
  it('is in the one module of src that takes values from zod', () => {
    const importers = listSourceFiles(SRC)
      .filter((file) => importsZodValues(readFileSync(file, 'utf8')))
      .map((file) => relative(SRC, file))
    expect(importers).toEqual(['support/zod-api.ts'])
  })

  it('turns off the compiled parsers before any schema is built', () => {
    expect(z.string).toBe(sharedZod.string)
    expect(z.config().jitless).toBe(true)
    expect(sharedZod.config().jitless).toBe(true)
  })
})
