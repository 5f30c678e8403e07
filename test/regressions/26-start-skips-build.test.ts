import { execFile } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

// Issue 26: `npm start` ran tsc every time (10-17 s). It now runs scripts/build-if-changed.mjs,
// which builds only when something the build reads changed. Checked on a copy of the script in a
// small project of its own (no real build runs here).

const SCRIPT = new URL('../../scripts/build-if-changed.mjs', import.meta.url)
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'yr-meta-mock-start-'))
  const files: Record<string, string> = {
    'src/node/cli.ts': 'export {}\n',
    'src/index.ts': 'export {}\n',
    'package.json': '{}\n',
    'dist/node/cli-bundle.js': '',
    'dist/index.js': '',
    'dist/jest/commonjs.cjs': '',
  }
  for (const [file, text] of Object.entries(files)) write(file, text)
  mkdirSync(join(root, 'scripts'))
  copyFileSync(SCRIPT, join(root, 'scripts/build-if-changed.mjs'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

function write(file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true })
  writeFileSync(join(root, file), text)
}
/** The script's exit code in the copy: 0 up to date, 1 a build is needed. */
const check = (mode = '--check') =>
  promisify(execFile)(process.execPath, ['scripts/build-if-changed.mjs', mode], { cwd: root }).then(
    () => 0,
    (error: { code?: number }) => error.code ?? -1,
  )

describe('npm start', () => {
  it('runs the build check, not the build, before starting', () => {
    expect(packageJson.scripts.start).toBe(
      'node scripts/build-if-changed.mjs && node dist/node/cli-bundle.js',
    )
    expect(packageJson.scripts.build).toMatch(/^node scripts\/build-if-changed\.mjs --forget && .* --stamp$/)
  })

  it('needs no build after one, and one after any source is changed, added or removed', async () => {
    expect(await check()).toBe(1)
    await check('--stamp')
    expect(await check()).toBe(0)
    write('src/index.ts', 'export const changed = 1\n')
    expect(await check()).toBe(1)
    await check('--stamp')
    write('src/added.ts', 'export {}\n')
    expect(await check()).toBe(1)
    await check('--stamp')
    unlinkSync(join(root, 'src/added.ts'))
    expect(await check()).toBe(1)
  })

  it('builds when an output is missing or a build was started and not finished', async () => {
    await check('--stamp')
    unlinkSync(join(root, 'dist/node/cli-bundle.js'))
    expect(await check()).toBe(1)
    write('dist/node/cli-bundle.js', '')
    expect(await check()).toBe(0)
    await check('--forget')
    expect(await check()).toBe(1)
  })
})
