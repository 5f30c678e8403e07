import { execFile } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { Script } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import { CLI_PATH } from '../support/cli-process.js'

// Issue 25, decision 0037: the bin compiles the CLI bundle with the V8 code cache the build made. The
// cache must be one this Node takes (else the gain is silently gone), and a missing or foreign cache must
// change nothing but the time.

const BUNDLE = fileURLToPath(new URL('../../dist/node/cli-main.cjs', import.meta.url))
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** The source the bin compiles: the bundle's text as read, its function wrapper included. */
function toBinSource(): string {
  const bin = readFileSync(CLI_PATH, 'utf8')
  if (!bin.includes("const source = readFileSync(filename, 'latin1')\n"))
    throw new Error(`the bin ${CLI_PATH} no longer builds its source as this test reads it`)
  return readFileSync(BUNDLE, 'latin1')
}

/** The bin and its bundle copied alone into a folder of their own, with `cache` as the code cache (or none). */
function copyBin(cache: Buffer | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-bin-'))
  dirs.push(dir)
  copyFileSync(CLI_PATH, join(dir, 'cli-bundle.js'))
  copyFileSync(BUNDLE, join(dir, 'cli-main.cjs'))
  if (cache) writeFileSync(join(dir, 'cli-main.cjs.cache'), cache)
  return join(dir, 'cli-bundle.js')
}

describe("the CLI bin's code cache", () => {
  it("is taken by this Node's V8 for the source the bin compiles", () => {
    const cachedData = readFileSync(`${BUNDLE}.cache`)
    const script = new Script(toBinSource(), { filename: BUNDLE, cachedData })
    expect(script.cachedDataRejected).toBe(false)
    // and V8 does check: the same cache for another source is refused
    expect(new Script(`${toBinSource()};0`, { filename: BUNDLE, cachedData }).cachedDataRejected).toBe(true)
  })

  it.each([
    ['no cache', undefined],
    ['a cache V8 refuses', Buffer.from('not a code cache')],
  ])('runs the same with %s', async (_, cache) => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [copyBin(cache), '--version'])
    expect(stdout).toBe(`${version}\n`)
    expect(stderr).toBe('')
  })
})
