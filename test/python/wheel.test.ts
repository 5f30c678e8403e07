// Issue 26, Python users: the wheel installs into a clean virtual environment with no package index,
// and its pytest plugin runs a 5-test suite with no Node on the PATH, under pytest-xdist too, and
// leaves no fake running when pytest is SIGKILLed.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkPythonTools } from '../support/required-tools.js'
import {
  createVenvWithWheel,
  hasExited,
  installedPackage,
  nodeOnPath,
  type PytestRun,
  startPytest,
  type Venv,
  waitFor,
} from './pytest-run.js'
import { getReleaseBuild, ROOT } from './release-cache.js'

const tools = checkPythonTools('test/python (the wheel and its pytest plugin)')
const SUITE = join(ROOT, 'python', 'tests')
const HELD = join(ROOT, 'test', 'python', 'held')
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }

describe.skipIf(tools.skip)('the yr-meta-mock wheel and its pytest plugin', () => {
  let venv: Venv
  const runs: PytestRun[] = []
  const strays: number[] = []

  beforeAll(async () => {
    if (tools.missing.length > 0) throw new Error(tools.message)
    venv = createVenvWithWheel((await getReleaseBuild()).wheel)
  }, 300_000)

  afterAll(() => {
    for (const run of runs) if (run.child.exitCode === null) run.child.kill('SIGKILL')
    for (const pid of strays) if (!hasExited(pid)) process.kill(pid, 'SIGKILL')
    venv?.remove()
  })

  async function pytest(cwd: string, args: string[]): Promise<{ code: number | string; output: string }> {
    const run = startPytest(venv, cwd, args)
    runs.push(run)
    const code = await run.exited
    return { code, output: run.output() }
  }

  it('installs the executable and the shipped scenarios, and nothing on the PATH is Node', () => {
    const installed = installedPackage(venv)
    expect(statSync(join(installed, 'bin', 'yr-meta-mock')).mode & 0o111).not.toBe(0)
    expect(existsSync(join(installed, 'fixtures', 'flaky-versions.json'))).toBe(true)
    expect(readFileSync(join(installed, '_version.py'), 'utf8')).toContain(`"${version}"`)
    expect(nodeOnPath(venv.env.PATH as string)).toEqual([])
  })

  it('passes the 5-test suite in one process', async () => {
    const { code, output } = await pytest(SUITE, ['-q'])
    expect(output).toMatch(/\b5 passed\b/)
    expect(code).toBe(0)
  }, 60_000)

  it('passes the 5-test suite under pytest-xdist with two workers', async () => {
    const { code, output } = await pytest(SUITE, ['-q', '-n', '2'])
    expect(output).toMatch(/\b5 passed\b/)
    expect(code).toBe(0)
  }, 60_000)

  it('fails the test with what the fake said when it cannot start', async () => {
    const { code, output } = await pytest(SUITE, ['-q', '-x', '-o', 'yr_meta_mock_args=--seed many'])
    expect(output).toMatch(/StartError: yr-meta-mock: .* exited with code 2/)
    expect(output).toMatch(/its stderr: yr-meta-mock: --seed/)
    expect(code).not.toBe(0)
  }, 60_000)

  it('starts one fake per xdist worker and gives each test its own session', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-workers-'))
    try {
      const pidFile = join(dir, 'pids')
      const run = startPytest(venv, join(ROOT, 'test', 'python', 'workers'), ['-q', '-n', '2'], {
        YR_META_MOCK_PID_FILE: pidFile,
      })
      runs.push(run)
      expect(await run.exited, run.output()).toBe(0)
      const lines = readFileSync(pidFile, 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(' '))
      const fakeOf = new Map(lines.map(([worker, fake]) => [worker, fake]))
      expect([...fakeOf.keys()].sort()).toEqual(['gw0', 'gw1'])
      expect(new Set(fakeOf.values()).size).toBe(2)
      for (const [worker, fake] of lines) expect(fake).toBe(fakeOf.get(worker as string))
      expect(new Set(lines.map(([, , session]) => session)).size).toBe(6)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it.each([
    ['pytest', []],
    ['pytest -n 2 (the controller)', ['-n', '2']],
  ])(
    'leaves no fake running when %s is SIGKILLed',
    async (_, args) => {
      const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-held-'))
      const pidFile = join(dir, 'pids')
      const run = startPytest(venv, HELD, ['-q', ...args], { YR_META_MOCK_PID_FILE: pidFile })
      runs.push(run)
      try {
        const started = await waitFor(() => existsSync(pidFile), 30_000)
        expect(started, `no PID file; pytest said:\n${run.output()}`).toBe(true)
        const [fake, testProcess] = readFileSync(pidFile, 'utf8').split(' ').map(Number) as [number, number]
        strays.push(fake, testProcess)
        expect(hasExited(fake)).toBe(false)
        run.child.kill('SIGKILL')
        // Bounded: stdin closing (or the xdist worker's watch of its controller) stops it in well under 5 s.
        expect(await waitFor(() => hasExited(fake), 5_000), `fake ${fake} still running`).toBe(true)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
    60_000,
  )
})
