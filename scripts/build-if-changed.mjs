// `npm start` builds only when something the build reads changed. The build's last step writes
// .build-inputs: a hash of those files' paths and bytes, and each file's size, mtime, ctime and inode.
// A start first compares the stats (one stat per file, ~10 ms); only when they differ (a checkout, a
// copy, a save) does it hash the bytes, and when those are the same it writes the new stats so the
// next start is quick again. `--forget` (the build's first step) drops the stamp, so a build that
// fails half way is never taken for a finished one, and dist/, so that no file whose source is gone
// is published from it; `--stamp` writes the stamp. Figures: decisions/0029.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
// Beside dist/, not in it: dist/ is published.
const STAMP = join(root, '.build-inputs')
// What `npm run build` reads: the sources, the configs, the bundlers and the locked dependencies.
const INPUTS = [
  'src',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'scripts/bundle-cli.mjs',
  'scripts/bundle-jest-commonjs.mjs',
  'scripts/bundle-library.mjs',
  'scripts/zod-english-only.mjs',
]
// What the build writes and `npm start` runs: missing, it builds whatever the stamp says.
const OUTPUTS = [
  'dist/node/cli-bundle.js',
  'dist/node/cli-main.cjs',
  'dist/index.js',
  'dist/jest/commonjs.cjs',
]

/** The files under `path` (a file: itself), in code-unit order (no locale: ICU costs ~20 ms to start). */
function listFiles(path) {
  const stat = statSync(join(root, path), { throwIfNoEntry: false })
  if (!stat?.isDirectory()) return stat ? [path] : []
  return readdirSync(join(root, path), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(path, entry.name)) : [join(path, entry.name)]))
}

/**
 * One line per input file: path, size, mtime, ctime and inode. Equal lines mean equal files, as
 * git's index assumes: a write changes the ctime, which no tool can set back.
 */
function statInputs(files) {
  return files
    .map((file) => {
      const stat = statSync(join(root, file))
      return `${file}\t${stat.size}\t${stat.mtimeMs}\t${stat.ctimeMs}\t${stat.ino}`
    })
    .join('\n')
}

async function hashInputs(files) {
  const { createHash } = await import('node:crypto') // only when the stats differ
  const hash = createHash('sha256')
  for (const file of files) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(join(root, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** The stamp: the hash on the first line, then the stats. */
function writeStamp(hash, stats) {
  const temporary = `${STAMP}.${process.pid}`
  writeFileSync(temporary, `${hash}\n${stats}\n`)
  renameSync(temporary, STAMP) // whole or not at all: a start may read it at any moment
}

/** Whether the outputs are there and built from the inputs as they are now. */
export async function isUpToDate() {
  if (!existsSync(STAMP) || !OUTPUTS.every((file) => existsSync(join(root, file)))) return false
  const stamp = readFileSync(STAMP, 'utf8')
  const newline = stamp.indexOf('\n')
  const files = INPUTS.flatMap(listFiles)
  const stats = statInputs(files)
  if (stamp.slice(newline + 1).trimEnd() === stats) return true
  if (stamp.slice(0, newline) !== (await hashInputs(files))) return false
  writeStamp(stamp.slice(0, newline), stats) // the same bytes, touched: quick again next time
  return true
}

/** `npm run build`, in this terminal: its exit code. */
export async function build() {
  process.stderr.write('yr-meta-mock: sources changed since the last build: building (npm run build)\n')
  const { spawnSync } = await import('node:child_process')
  return spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' }).status ?? 1
}

async function main(mode) {
  if (mode === '--forget') {
    rmSync(STAMP, { force: true })
    return rmSync(join(root, 'dist'), { recursive: true, force: true })
  }
  if (mode === '--stamp') {
    const files = INPUTS.flatMap(listFiles)
    return writeStamp(await hashInputs(files), statInputs(files))
  }
  // `--check`: exit 0 when the build is up to date, 1 when `npm start` would build (nothing built).
  if (mode === '--check') process.exitCode = (await isUpToDate()) ? 0 : 1
  else if (mode === undefined) process.exitCode = (await isUpToDate()) ? 0 : await build()
  else throw new Error(`build-if-changed: unknown argument ${mode} (--forget, --stamp, --check or none)`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv[2])
