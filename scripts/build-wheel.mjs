// Builds the Python wheel `yr-meta-mock` (python/): the single executable and the shipped fixtures
// staged inside the package, then setuptools from the system Python (Debian's python3-setuptools and
// python3-wheel; no package index is needed). Usage: node scripts/build-wheel.mjs <executable> <out-dir>
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The Python that builds the wheel: $YR_META_MOCK_PYTHON, else Debian's, else `python3` on PATH. */
export function systemPython() {
  return process.env.YR_META_MOCK_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3')
}

/**
 * The wheel's platform tag from the newest glibc symbol version the executable needs: a node built
 * for glibc 2.28 gives manylinux_2_28_x86_64, which pip installs on any glibc ≥ 2.28.
 */
export function toPlatformTag(executable) {
  const text = readFileSync(executable).toString('latin1')
  let newest = -1
  for (const match of text.matchAll(/GLIBC_2\.(\d+)/g)) newest = Math.max(newest, Number(match[1]))
  return newest < 0 ? 'linux_x86_64' : `manylinux_2_${newest}_x86_64`
}

/** Stages python/ with the executable and fixtures in `outDir`, builds the wheel there, returns its path. */
export function buildWheel(executable, outDir) {
  const stage = join(outDir, '.wheel-stage')
  rmSync(stage, { recursive: true, force: true })
  cpSync(join(ROOT, 'python'), stage, {
    recursive: true,
    filter: (path) => !/(__pycache__|\.egg-info|[/\\]build|[/\\]tests)$/.test(path),
  })
  const packageDir = join(stage, 'src', 'yr_meta_mock')
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  writeFileSync(join(packageDir, '_version.py'), `VERSION = ${JSON.stringify(version)}\n`)
  mkdirSync(join(packageDir, 'bin'))
  copyFileSync(executable, join(packageDir, 'bin', 'yr-meta-mock'))
  chmodSync(join(packageDir, 'bin', 'yr-meta-mock'), 0o755)
  mkdirSync(join(packageDir, 'fixtures'))
  for (const file of readdirSync(join(ROOT, 'fixtures')).filter((name) => name.endsWith('.json')))
    copyFileSync(join(ROOT, 'fixtures', file), join(packageDir, 'fixtures', file))
  const before = new Set(readdirSync(outDir))
  execFileSync(systemPython(), ['setup.py', '-q', 'bdist_wheel', '-d', resolve(outDir)], {
    cwd: stage,
    env: { ...process.env, PYTHONWARNINGS: 'ignore', YR_META_MOCK_WHEEL_PLATFORM: toPlatformTag(executable) },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  rmSync(stage, { recursive: true, force: true })
  const built = readdirSync(outDir).filter((name) => name.endsWith('.whl') && !before.has(name))
  if (built.length !== 1) throw new Error(`build-wheel: expected one new wheel in ${outDir}, found ${built}`)
  return join(outDir, built[0])
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [executable, outDir] = process.argv.slice(2)
  if (!executable || !outDir) {
    console.error('usage: node scripts/build-wheel.mjs <executable> <out-dir>')
    process.exit(2)
  }
  mkdirSync(outDir, { recursive: true })
  console.log(`built ${buildWheel(executable, outDir)}`)
}
