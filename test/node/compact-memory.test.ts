import { execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { describe, expect, it } from 'vitest'
import { FULL_COLLECTION_ABOVE_BYTES, toCollectionType } from '../../src/node/compact-memory.js'
import { CLI_PATH } from '../support/cli-process.js'

// Issue 25, decision 0043: the collection before the ready line is a young-generation one for a small
// baseline (a full one was ~20 ms of a default start) and a full one for a large baseline (a first
// request at 99,202 records paid for collecting the build without it, decision 0039).

const MIB = 1024 * 1024

/** The line `--trace-gc` prints for the collection the CLI asks for (reason "testing"), once it listens. */
async function collectionBeforeReady(): Promise<string> {
  const child = spawn(process.execPath, ['--trace-gc', CLI_PATH, '--port', '0', '--log-level', 'silent'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout.on('data', (chunk) => {
    out += chunk
  })
  const deadline = Date.now() + 10_000
  while (!out.includes('"event":"listening"') && Date.now() < deadline && child.exitCode === null)
    await new Promise((resolve) => setTimeout(resolve, 25))
  // V8 writes its trace through C's buffered stdout: flushed when the process exits.
  child.kill('SIGTERM')
  await once(child, 'exit')
  const line = out.split('\n').find((text) => text.includes('testing'))
  if (!line) throw new Error(`no collection asked for before the ready line in: ${out}`)
  return line
}

describe('the collection before the ready line', () => {
  it('is a young-generation one for the default seed, a full one for a large baseline', () => {
    expect(toCollectionType(14 * MIB)).toBe('minor')
    expect(toCollectionType(FULL_COLLECTION_ABOVE_BYTES)).toBe('minor')
    expect(toCollectionType(FULL_COLLECTION_ABOVE_BYTES + 1)).toBe('major')
    expect(toCollectionType(100 * MIB)).toBe('major')
  })

  it('is what the built CLI runs at the default seed: a scavenge, not a mark-compact', async () => {
    expect(await collectionBeforeReady()).toMatch(/Scavenge/)
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
