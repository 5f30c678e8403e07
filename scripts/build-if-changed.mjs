// `npm start` builds only when something the build reads changed: a hash of those files' paths and
// bytes is kept in .build-inputs by the build's last step, and compared here (a few ms,
// against 10-40 s of tsc and esbuild). `--forget` (the build's first step) drops the stamp, so a
// build that fails half way is never taken for a finished one; `--stamp` writes it. Measured on this
// project: 33-45 s for `npm start` before, 2.4-3.6 s after (the check itself 0.15 s of CPU), on a
// machine with a load average of 14 on 2 cores.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

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
  'scripts/bundle-msw-data.mjs',
  'scripts/zod-english-only.mjs',
]
// What the build writes and `npm start` runs: missing, it builds whatever the stamp says.
const OUTPUTS = ['dist/node/cli-bundle.js', 'dist/index.js', 'dist/jest/commonjs.cjs']

function listFiles(path) {
  const full = join(root, path)
  if (!existsSync(full)) return []
  try {
    return readdirSync(full, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => listFiles(join(path, entry.name)))
  } catch {
    return [path]
  }
}

function hashInputs() {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap(listFiles)) {
    hash.update(`${relative(root, join(root, file))}\0`)
    hash.update(readFileSync(join(root, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

function isUpToDate() {
  if (!existsSync(STAMP) || !OUTPUTS.every((file) => existsSync(join(root, file)))) return false
  return readFileSync(STAMP, 'utf8').trim() === hashInputs()
}

const mode = process.argv[2]
if (mode === '--forget') rmSync(STAMP, { force: true })
else if (mode === '--stamp') writeFileSync(STAMP, `${hashInputs()}\n`)
// `--check`: exit 0 when the build is up to date, 1 when `npm start` would build (nothing built).
else if (mode === '--check') process.exit(isUpToDate() ? 0 : 1)
else if (!isUpToDate()) {
  process.stderr.write('yr-meta-mock: sources changed since the last build: building (npm run build)\n')
  const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' })
  process.exit(built.status ?? 1)
}
