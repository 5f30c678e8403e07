import { execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FULL_COLLECTION_ABOVE_BYTES, toCollectionType } from '../../src/node/compact-memory.js'
import { CLI_PATH } from '../support/cli-process.js'

// Issue 25, decision 0043: the collection after the build is a young-generation one for a small
// baseline (a full one was ~20 ms of a default start) and a full one for a large baseline (a first
// request at 99,202 records paid for collecting the build without it, decision 0039). Since session 13
// the young one runs in the first idle window after the ready line: the start does not wait for it.

const MIB = 1024 * 1024

/**
 * Loaded before the CLI: notes when the ready line is written and every collection someone asked for
 * (`gc()`: flags FORCED), and prints both as JSON to stderr when the process exits.
 */
const WATCH_COLLECTIONS = `
const { PerformanceObserver, constants } = require('node:perf_hooks')
const seen = { readyAt: undefined, forced: [] }
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    if (entry.detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED)
      seen.forced.push({ at: entry.startTime, minor: entry.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR })
}).observe({ entryTypes: ['gc'] })
const write = process.stdout.write.bind(process.stdout)
process.stdout.write = (chunk, ...rest) => {
  if (seen.readyAt === undefined && String(chunk).includes('"event":"listening"')) seen.readyAt = performance.now()
  return write(chunk, ...rest)
}
process.on('exit', () => process.stderr.write('collections: ' + JSON.stringify(seen) + '\\n'))
`

interface Collections {
  readonly readyAt: number
  readonly forced: ReadonlyArray<{ at: number; minor: boolean }>
}

/** The collections the CLI asks for at the default seed, up to `afterReadyMs` after its ready line. */
async function collectionsAroundReady(afterReadyMs: number): Promise<Collections> {
  const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-gc-'))
  const preload = join(dir, 'watch-collections.cjs')
  writeFileSync(preload, WATCH_COLLECTIONS)
  try {
    const child = spawn(process.execPath, ['--require', preload, CLI_PATH, '--port', '0', '--log-level', 'silent'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const exited = once(child, 'exit')
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk) => {
      out += chunk
    })
    child.stderr.on('data', (chunk) => {
      err += chunk
    })
    const deadline = Date.now() + 10_000
    while (!out.includes('"event":"listening"') && Date.now() < deadline && child.exitCode === null)
      await new Promise((resolve) => setTimeout(resolve, 25))
    await new Promise((resolve) => setTimeout(resolve, afterReadyMs))
    child.kill('SIGTERM')
    await exited
    const line = err.split('\n').find((text) => text.startsWith('collections: '))
    if (!line) throw new Error(`the CLI printed no collections: ${out}${err}`)
    return JSON.parse(line.slice('collections: '.length))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('the collection after the build', () => {
  it('is a young-generation one for the default seed, a full one for a large baseline', () => {
    expect(toCollectionType(14 * MIB)).toBe('minor')
    expect(toCollectionType(FULL_COLLECTION_ABOVE_BYTES)).toBe('minor')
    expect(toCollectionType(FULL_COLLECTION_ABOVE_BYTES + 1)).toBe('major')
    expect(toCollectionType(100 * MIB)).toBe('major')
  })

  it('is, at the default seed, one young-generation collection after the ready line, not before it', async () => {
    // The idle window is 20 ms; a second leaves room for a loaded machine.
    const { readyAt, forced } = await collectionsAroundReady(1000)
    expect(forced).toHaveLength(1)
    expect(forced[0]?.minor).toBe(true)
    expect(forced[0]?.at).toBeGreaterThan(readyAt)
  })

  // Node 20's V8 runs a scavenge for any options object given to gc(), { type: 'major' } included.
  it('is asked of V8 as the CLI asks: gc() for a full one, gc({ type: "minor" }) for a young one', () => {
    const trace = execFileSync(
      process.execPath,
      ['--expose-gc', '--trace-gc', '-e', "gc(); gc({ type: 'minor' })"],
      {
        encoding: 'utf8',
      },
    )
    const lines = trace.split('\n').filter((line) => line.includes('testing'))
    expect(lines[0]).toMatch(/Mark-Compact/)
    expect(lines[1]).toMatch(/Scavenge/)
  })
})
