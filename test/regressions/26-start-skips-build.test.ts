import { execFile } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

// Issue 26: `npm start` ran tsc every time (10-17 s). It now runs scripts/start.mjs, which builds
// (scripts/build-if-changed.mjs) only when something the build reads changed, then runs the CLI in
// the same process. Checked on copies of the scripts in a small project of their own, whose "build"
// writes a stand-in CLI (no real build runs here).

const SCRIPTS = ['build-if-changed.mjs', 'start.mjs']
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
/** The stand-in CLI: prints its arguments, as the real one reads them (process.argv). */
const CLI = "console.log('cli', JSON.stringify(process.argv.slice(2)))\n"
/** The stand-in build: counts itself in built.txt, writes the outputs; the stamp is written after it. */
const BUILD = `const fs = require('node:fs')
fs.appendFileSync('built.txt', 'built\\n')
for (const dir of ['dist/node', 'dist/jest']) fs.mkdirSync(dir, { recursive: true })
fs.writeFileSync('dist/node/cli-bundle.js', ${JSON.stringify(CLI)})
for (const file of ['dist/node/cli-main.cjs', 'dist/index.js', 'dist/jest/commonjs.cjs']) fs.writeFileSync(file, '')
`
let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'yr-meta-mock-start-'))
  const files: Record<string, string> = {
    'src/node/cli.ts': 'export {}\n',
    'src/index.ts': 'export {}\n',
    'package.json': `${JSON.stringify({ scripts: { build: 'node build.cjs && node scripts/build-if-changed.mjs --stamp' } })}\n`,
    'build.cjs': BUILD,
    'dist/node/cli-bundle.js': CLI,
    'dist/node/cli-main.cjs': '',
    'dist/index.js': '',
    'dist/jest/commonjs.cjs': '',
  }
  for (const [file, text] of Object.entries(files)) write(file, text)
  mkdirSync(join(root, 'scripts'))
  for (const script of SCRIPTS) {
    copyFileSync(new URL(`../../scripts/${script}`, import.meta.url), join(root, 'scripts', script))
  }
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
    expect(packageJson.scripts.start).toBe('node scripts/start.mjs')
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

  it('needs no build when a file is saved with the same bytes, and notes its new stats', async () => {
    await check('--stamp')
    const before = readFileSync(join(root, '.build-inputs'), 'utf8')
    utimesSync(join(root, 'src/index.ts'), new Date(), new Date(Date.now() + 5_000))
    expect(await check()).toBe(0)
    const after = readFileSync(join(root, '.build-inputs'), 'utf8')
    expect(after).not.toBe(before)
    expect(after.split('\n')[0]).toBe(before.split('\n')[0]) // the same hash, new stats
  })

  it('builds when bytes change though the size and modification time stay', async () => {
    await check('--stamp')
    const { mtime } = statSync(join(root, 'src/index.ts'))
    write('src/index.ts', 'export [}\n')
    utimesSync(join(root, 'src/index.ts'), mtime, mtime)
    expect(await check()).toBe(1)
  })
})

/** `node scripts/start.mjs ...args` in the copy: its exit code and what it printed. */
const start = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['scripts/start.mjs', ...args], { cwd: root }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code?: number; stdout: string }) => ({ code: error.code ?? -1, stdout: error.stdout }),
  )
const builds = () =>
  readFileSync(join(root, 'built.txt'), { encoding: 'utf8', flag: 'a+' }).split('\n').length - 1

describe('scripts/start.mjs', () => {
  it('runs the CLI with the arguments given and builds nothing when nothing changed', async () => {
    await check('--stamp')
    expect(await start('--port', '0')).toEqual({ code: 0, stdout: 'cli ["--port","0"]\n' })
    expect(builds()).toBe(0)
  })

  it('builds a fresh clone (no dist/, no stamp) once, then starts', async () => {
    rmSync(join(root, 'dist'), { recursive: true })
    expect(await start('--help')).toEqual({ code: 0, stdout: 'cli ["--help"]\n' })
    expect(builds()).toBe(1)
    expect(await start()).toEqual({ code: 0, stdout: 'cli []\n' })
    expect(builds()).toBe(1)
  })

  it('does not start when the build fails, and exits with its code', async () => {
    write('package.json', `${JSON.stringify({ scripts: { build: 'node -e "process.exit(3)"' } })}\n`)
    expect(await start()).toEqual({ code: 3, stdout: '' })
  })
})
