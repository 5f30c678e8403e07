/** A clean virtual environment with the wheel installed, and pytest runs in it with no Node on the PATH. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SYSTEM_PYTHON } from '../support/required-tools.js'

export interface Venv {
  readonly dir: string
  readonly python: string
  /** The environment pytest runs in: only the venv's bin on the PATH, nothing from this shell. */
  readonly env: NodeJS.ProcessEnv
  remove(): void
}

/**
 * `python3 -m venv` without pip, then the system pip installs the wheel into it with no index (4 s,
 * against 10 s for a venv with its own pip). System site-packages: pytest and pytest-xdist come from
 * Debian, as no package index is reachable (decisions/0028).
 */
export function createVenvWithWheel(wheel: string): Venv {
  const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-venv-'))
  execFileSync(SYSTEM_PYTHON, ['-m', 'venv', '--system-site-packages', '--without-pip', dir])
  const python = join(dir, 'bin', 'python')
  execFileSync(
    SYSTEM_PYTHON,
    ['-m', 'pip', '--python', python, 'install', '-q', '--no-index', '--no-deps', wheel],
    {
      env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' },
    },
  )
  const env = {
    HOME: process.env.HOME,
    PATH: join(dir, 'bin'),
    PYTHONDONTWRITEBYTECODE: '1',
    LANG: 'C.UTF-8',
  }
  return { dir, python, env, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The directories of a PATH holding an executable `node`: none, for "no Node on the PATH". */
export function nodeOnPath(path: string): string[] {
  return path.split(':').filter((dir) => existsSync(join(dir, 'node')))
}

export interface PytestRun {
  readonly child: ChildProcess
  output(): string
  readonly exited: Promise<number | string>
}

/** Starts `python -m pytest <args>` in `cwd` within the venv. */
export function startPytest(
  venv: Venv,
  cwd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): PytestRun {
  const child = spawn(venv.python, ['-m', 'pytest', '-p', 'no:cacheprovider', ...args], {
    cwd,
    env: { ...venv.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  )
  return { child, output: () => output, exited }
}

/** Whether a process has ended: gone, or a zombie its new parent has not reaped yet (Linux /proc). */
export function hasExited(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return true
  }
}

/** Polls (bounded) until `check` holds; returns whether it did. */
export async function waitFor(check: () => boolean, limitMs: number): Promise<boolean> {
  const deadline = Date.now() + limitMs
  while (!check()) {
    if (Date.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return true
}

/** The installed package folder inside the venv. */
export function installedPackage(venv: Venv): string {
  const lib = join(venv.dir, 'lib')
  const python = readdirSync(lib).find((name) => name.startsWith('python3'))
  return join(lib, python ?? 'python3', 'site-packages', 'yr_meta_mock')
}
