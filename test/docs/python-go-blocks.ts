/**
 * Python blocks run as pytest files with the wheel's plugin (in a clean venv, test/python's
 * machinery); Go blocks as test files beside a copy of the go/ module. Each language is one run.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createVenvWithWheel } from '../python/pytest-run.js'
import { getReleaseBuild } from '../python/release-cache.js'
import type { DocBlock } from './doc-blocks.js'
import { runProcess } from './run-process.js'
import type { Sandbox } from './sandbox.js'
import { blockFileName } from './typescript-blocks.js'

const snake = (block: DocBlock) => blockFileName(block).replace(/-/g, '_')

/** Every pytest block as `test_<where>.py`, one pytest run: the failures by `where`. */
export async function runPytestBlocks(
  blocks: readonly DocBlock[],
  sandbox: Sandbox,
): Promise<Map<string, string>> {
  const dir = join(sandbox.dir, 'pytest')
  mkdirSync(dir, { recursive: true })
  for (const block of blocks) writeFileSync(join(dir, `test_${snake(block)}.py`), block.body)
  const venv = createVenvWithWheel((await getReleaseBuild()).wheel)
  try {
    const { output } = await runProcess(venv.python, ['-m', 'pytest', '-p', 'no:cacheprovider', '-v', '.'], {
      cwd: dir,
      env: venv.env,
      timeoutMs: 60_000,
    })
    return failuresByFile(
      blocks,
      output,
      (block) => `test_${snake(block)}.py`,
      / PASSED/,
      / (FAILED|ERROR)|^ERROR /,
    )
  } finally {
    venv.remove()
  }
}

/** Every Go block as a `_test.go` file in a copy of go/, one `go test`: the failures by `where`. */
export async function runGoBlocks(
  blocks: readonly DocBlock[],
  sandbox: Sandbox,
  root: string,
): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-docs-go-'))
  try {
    cpSync(join(root, 'go'), dir, { recursive: true })
    for (const block of blocks) writeFileSync(join(dir, `docs_${snake(block)}_test.go`), block.body)
    // Only the blocks' tests: go/'s own (each starting a fake) run in test/go.
    const blockTests = blocks.flatMap((block) =>
      [...block.body.matchAll(/^func (Test\w+)\(/gm)].map((m) => m[1]),
    )
    const only = `^(${blockTests.join('|')})$`
    const { code, output } = await runProcess('go', ['test', '-count=1', '-v', '-run', only, './...'], {
      cwd: dir,
      env: {
        ...sandbox.env,
        GOPROXY: 'off',
        GOFLAGS: '-mod=mod',
        YR_META_MOCK_FIXTURES: join(root, 'fixtures'),
      },
      timeoutMs: 120_000,
    })
    const failures = new Map<string, string>()
    for (const block of blocks) {
      const tests = [...block.body.matchAll(/^func (Test\w+)\(/gm)].map((match) => match[1])
      const ownError = output.split('\n').filter((line) => line.includes(`docs_${snake(block)}_test.go`))
      const failed = tests.filter((test) => !output.includes(`--- PASS: ${test} `))
      if (ownError.length > 0) failures.set(block.where, ownError.join('\n'))
      else if (tests.length === 0)
        failures.set(block.where, 'a Go block is a test file: it has no func TestXxx(t *testing.T)')
      else if (failed.length > 0 || code !== 0)
        failures.set(
          block.where,
          `go test (exit ${code}); not passed: ${failed.join(', ') || '(see output)'}\n${output}`,
        )
    }
    return failures
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function failuresByFile(
  blocks: readonly DocBlock[],
  output: string,
  fileOf: (block: DocBlock) => string,
  passed: RegExp,
  failed: RegExp,
): Map<string, string> {
  const failures = new Map<string, string>()
  for (const block of blocks) {
    const lines = output.split('\n').filter((line) => line.includes(fileOf(block)))
    if (lines.some((line) => failed.test(line)) || !lines.some((line) => passed.test(line))) {
      failures.set(block.where, `pytest:\n${output}`)
    }
  }
  return failures
}
