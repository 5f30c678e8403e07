// Issue 26, Go users: the Go module in go/ (standard library only, Debian's Go 1.19) starts the fake,
// gives its URL and a session, and stops it in t.Cleanup; its example tests pass with `go test`.
import { execFile } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { CLI_PATH } from '../support/cli-process.js'
import { checkGo } from '../support/required-tools.js'

const ROOT = new URL('../..', import.meta.url).pathname
const tools = checkGo('test/go (the Go helper)')
const run = promisify(execFile)

/** `go test` in go/, never the cached result, never the network; `env` on top of this one's. */
async function goTest(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('go', ['test', '-count=1', ...args, './...'], {
      cwd: join(ROOT, 'go'),
      env: { ...process.env, GOPROXY: 'off', GOFLAGS: '-mod=mod', ...env },
    })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, output: failed.stdout + failed.stderr }
  }
}

describe.skipIf(tools.skip)('the Go helper (go/)', () => {
  // `yr-meta-mock` on the PATH, as `npm i -g` or a release's executable puts it: here the built CLI.
  const bin = mkdtempSync(join(tmpdir(), 'yr-meta-mock-go-'))
  writeFileSync(
    join(bin, 'yr-meta-mock'),
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI_PATH)} "$@"\n`,
  )
  chmodSync(join(bin, 'yr-meta-mock'), 0o755)
  afterAll(() => rmSync(bin, { recursive: true, force: true }))

  it('passes its example tests: the URL, a session, the journal and a scenario fault', async () => {
    if (tools.missing.length > 0) throw new Error(tools.message)
    const { code, output } = await goTest(['-v'], {
      PATH: `${bin}:${process.env.PATH}`,
      YR_META_MOCK_FIXTURES: join(ROOT, 'fixtures'),
    })
    expect(output).toMatch(/--- PASS: TestTheDocsExample/)
    expect(output).toMatch(/--- PASS: TestWritesStayInTheSession/)
    expect(output).toMatch(/--- PASS: TestAScenarioFault/) // not SKIP: the fixtures are given
    expect(code, output).toBe(0)
  }, 120_000)

  it('fails the test naming the executable it could not start, or what the fake said', async () => {
    const absent = await goTest(['-run', 'TestTheDocsExample'], { YR_META_MOCK_BIN: '/nowhere/yr-meta-mock' })
    expect(absent.output).toContain('yr-meta-mock: starting [/nowhere/yr-meta-mock]')
    expect(absent.code).not.toBe(0)
    const refused = await goTest(['-run', 'TestTheDocsExample'], {
      PATH: `${bin}:${process.env.PATH}`,
      YR_META_MOCK_FIXTURES: '/nowhere/fixtures',
    })
    expect(refused.output).toMatch(
      /exited \(exit status 1\) before its ready line .*stderr: yr-meta-mock: \/nowhere\/fixtures/,
    )
    expect(refused.code).not.toBe(0)
  }, 120_000)
})
