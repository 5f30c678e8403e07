/**
 * TypeScript blocks: written into the sandbox, type-checked together in one `tsc` run (strict) that
 * also writes their JavaScript, then each `module` block's JavaScript runs with node, and the `vitest`
 * blocks run in one Vitest run per project folder. A failure is reported against the block's file and line.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DocBlock } from './doc-blocks.js'
import { runProcess } from './run-process.js'
import type { Sandbox } from './sandbox.js'

/** `README.md:42` → `readme-md-42`: a file name that says where the block is. */
export function blockFileName(block: DocBlock): string {
  return `${block.file.replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase()}-${block.line}`
}

/** Where each block is written: modules under blocks/, Vitest tests in their project folder. */
export function placeTypeScript(block: DocBlock, sandbox: Sandbox): string {
  if (block.kind === 'file') return sandbox.write(block.argument, block.body)
  if (block.kind === 'vitest')
    return sandbox.write(`${vitestProject(block)}/${blockFileName(block)}.test.ts`, block.body)
  return sandbox.write(`blocks/${blockFileName(block)}.ts`, block.body)
}

export function vitestProject(block: DocBlock): string {
  return block.argument || 'vitest'
}

/** One `tsc` over the sandbox (writing out/): the errors of each block's file, by its `where`. */
export async function typeCheck(
  sandbox: Sandbox,
  root: string,
  blocks: readonly DocBlock[],
): Promise<Map<string, string>> {
  const { output } = await runProcess(
    join(root, 'node_modules/.bin/tsc'),
    ['-p', 'tsconfig.json', '--pretty', 'false'],
    {
      cwd: sandbox.dir,
      env: sandbox.env,
      timeoutMs: 60_000,
    },
  )
  const errors = new Map<string, string>()
  for (const block of blocks) {
    const name = blockFileName(block)
    const own = output
      .split('\n')
      .filter((line) => line.includes(block.kind === 'file' ? block.argument : name))
    if (own.length > 0) errors.set(block.where, own.join('\n'))
  }
  return errors
}

/**
 * Runs a module block as tsc wrote it (typeCheck first): node on the JavaScript takes ~0.5 s of CPU
 * where tsx on the TypeScript took ~1.5-3 s, for the same program.
 */
export async function runModule(block: DocBlock, sandbox: Sandbox): Promise<void> {
  const { code, output } = await runProcess(process.execPath, [`out/blocks/${blockFileName(block)}.js`], {
    cwd: sandbox.dir,
    env: sandbox.env,
    timeoutMs: 60_000,
  })
  if (code !== 0) throw new Error(`${block.where}: the block exited with ${code}:\n${output}`)
}

interface VitestReport {
  testResults: {
    name: string
    status: string
    message: string
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[]
  }[]
}

/** One Vitest run of a project folder: each test file's failures, by its block's `where`. */
export async function runVitestProject(
  project: string,
  blocks: readonly DocBlock[],
  sandbox: Sandbox,
  root: string,
): Promise<Map<string, string>> {
  const report = join(sandbox.dir, `${project}-report.json`)
  const { output } = await runProcess(
    join(root, 'node_modules/.bin/vitest'),
    ['run', '--reporter=json', `--outputFile=${report}`],
    {
      cwd: join(sandbox.dir, project),
      env: { ...sandbox.env, CI: 'true' },
      timeoutMs: 60_000,
    },
  )
  const failures = new Map<string, string>()
  let results: VitestReport['testResults'] = []
  try {
    results = (JSON.parse(readFileSync(report, 'utf8')) as VitestReport).testResults
  } catch {
    for (const block of blocks) failures.set(block.where, `Vitest wrote no report:\n${output}`)
    return failures
  }
  for (const block of blocks) {
    const result = results.find((file) => file.name.endsWith(`${blockFileName(block)}.test.ts`))
    if (!result) failures.set(block.where, `Vitest did not run it:\n${output}`)
    else if (result.status !== 'passed') {
      const failed = result.assertionResults.filter((test) => test.status !== 'passed')
      failures.set(
        block.where,
        [
          result.message,
          ...failed.map((test) => `${test.fullName}: ${test.failureMessages.join('\n')}`),
        ].join('\n'),
      )
    }
  }
  return failures
}

/**
 * A block for a CommonJS TypeScript project (ts-jest with `module: node16`): type-checked on its own in
 * a folder with no `"type": "module"`, as such a project's test files are compiled. Nothing runs.
 */
export async function typeCheckCommonJs(block: DocBlock, sandbox: Sandbox, root: string): Promise<void> {
  const folder = `commonjs-${blockFileName(block)}`
  sandbox.write(`${folder}/package.json`, '{ "name": "commonjs-consumer", "private": true }\n')
  // skipLibCheck as in the sandbox: the package's CommonJS types are checked whole by test:consumers
  // (ts-jest); here the block (its TS1541) is what matters, in a sixth of the time.
  const tsconfig = {
    compilerOptions: { module: 'node16', strict: true, noEmit: true, skipLibCheck: true, types: [] },
  }
  sandbox.write(`${folder}/tsconfig.json`, JSON.stringify(tsconfig))
  sandbox.write(`${folder}/block.ts`, block.body)
  const { code, output } = await runProcess(
    join(root, 'node_modules/.bin/tsc'),
    ['-p', folder, '--pretty', 'false'],
    {
      cwd: sandbox.dir,
      env: sandbox.env,
      timeoutMs: 60_000,
    },
  )
  if (code !== 0) throw new Error(`${block.where}: tsc (module node16, CommonJS) failed:\n${output}`)
}
