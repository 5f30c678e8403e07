/**
 * Tools a test needs from the system (Debian's Python packages, Go). In CI (`CI=true`) a missing
 * tool fails the test; on a developer's machine the test is skipped with what to install.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findRealServerDir } from '../../tools/diff-real/coverage-build.js'

export interface ToolCheck {
  /** What is missing, e.g. "python3-pytest-xdist"; empty when everything is there. */
  readonly missing: readonly string[]
  /** Skip the tests (missing tools, not in CI). */
  readonly skip: boolean
  /** The line to warn with or fail on. */
  readonly message: string
}

export const IN_CI = process.env.CI === 'true'

/** Debian's Python (pyenv's or another `python3` may lack Debian's packages): $YR_META_MOCK_PYTHON, else /usr/bin/python3. */
export const SYSTEM_PYTHON =
  process.env.YR_META_MOCK_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3')

const PYTHON_MODULES: ReadonlyArray<readonly [module: string, debianPackage: string]> = [
  ['venv', 'python3-venv'],
  ['ensurepip', 'python3-venv'],
  ['pip', 'python3-pip'],
  ['pytest', 'python3-pytest'],
  ['xdist', 'python3-pytest-xdist'],
  ['setuptools', 'python3-setuptools'],
  ['wheel', 'python3-wheel'],
]

/**
 * Prints the modules named on its command line that this Python cannot find, one a line. Found, not
 * imported: importing them in one process is not the same as one at a time (pip's distutils shim then
 * fails setuptools' import), and one process per module was ~1 s of a test file's start.
 */
const FIND_EACH = `
import importlib.util, sys
for name in sys.argv[1:]:
    if importlib.util.find_spec(name) is None:
        print(name)
`

/** The Python modules the wheel's tests use, each looked for (one Python for all). */
export function checkPythonTools(what: string): ToolCheck {
  const run = spawnSync(SYSTEM_PYTHON, ['-c', FIND_EACH, ...PYTHON_MODULES.map(([module]) => module)], {
    encoding: 'utf8',
  })
  // No Python at all (or one that could not run the check): every module is missing.
  const failed = run.status === 0 ? run.stdout.split('\n').filter(Boolean) : PYTHON_MODULES.map(([m]) => m)
  const missing = PYTHON_MODULES.filter(([module]) => failed.includes(module)).map(
    ([, debianPackage]) => debianPackage,
  )
  return toCheck(what, [...new Set(missing)])
}

/** `go` on the PATH (Debian's golang-go puts it in /usr/bin). */
export function checkGo(what: string): ToolCheck {
  const found = spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0
  return toCheck(what, found ? [] : ['golang-go'])
}

/**
 * The real meta_service (`shared/real-meta-service`, not part of the repository) and what its run.sh
 * needs. As scripts/ci-live-diff.sh: a machine without the folder skips, unless
 * REQUIRE_REAL_META_SERVICE=1; with the folder, its Debian tools are required in CI like the others.
 */
export function checkRealMetaService(what: string): ToolCheck {
  if (findRealServerDir() === undefined) {
    const required = process.env.REQUIRE_REAL_META_SERVICE === '1'
    const message = `${what}: ${required ? 'failed' : 'skipped'}, no real meta_service folder ($REAL_META_SERVICE_DIR, ../shared/real-meta-service, ../../shared/real-meta-service or /work/shared/real-meta-service)${required ? ', and REQUIRE_REAL_META_SERVICE=1' : ''}`
    if (!required) console.warn(message)
    return { missing: ['real-meta-service'], skip: !required, message }
  }
  const tools: ReadonlyArray<readonly [command: string, debianPackage: string]> = [
    ['etcd', 'etcd-server'],
    ['xz', 'xz-utils'],
    ['curl', 'curl'],
  ]
  const found = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
  const missing = tools.filter(([command]) => !found(command)).map(([, debianPackage]) => debianPackage)
  return toCheck(what, missing, IN_CI || process.env.REQUIRE_REAL_META_SERVICE === '1')
}

function toCheck(what: string, missing: readonly string[], required = IN_CI): ToolCheck {
  const message = `${what}: ${required ? 'failed' : 'skipped'}, missing ${missing.join(', ')}; install with: apt-get install ${missing.join(' ')}`
  const skip = missing.length > 0 && !required
  if (skip) console.warn(message)
  return { missing, skip, message }
}
