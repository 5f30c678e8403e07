// Issue 26: every code block of the README and the guides runs as written, so none can rot. How each
// kind of block runs, and how a block declares its setup, is decisions/0030-docs-blocks-run-in-ci.md.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CliProcess, spawnCli, waitForReady } from '../support/cli-process.js'
import { checkGo, checkPythonTools, checkRealMetaService } from '../support/required-tools.js'
import { type DocBlock, readDocBlocks } from './doc-blocks.js'
import { OrderedBlocks } from './ordered-blocks.js'
import { runGoBlocks, runPytestBlocks } from './python-go-blocks.js'
import { createSandbox, type Sandbox } from './sandbox.js'
import { runShellBlock, runUntilListening } from './shell-blocks.js'
import {
  placeTypeScript,
  runModule,
  runVitestProject,
  typeCheck,
  typeCheckCommonJs,
  vitestProject,
} from './typescript-blocks.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '')
const ALL_DOCS = [
  'README.md',
  ...readdirSync(`${ROOT}/docs`)
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
]
/** DOCS_TEST_FILES=README.md,docs/cli.md runs those files' blocks only (while editing them). */
const DOCS = process.env.DOCS_TEST_FILES?.split(',') ?? ALL_DOCS
const blocks = DOCS.flatMap((file) => readDocBlocks(ROOT, file))
const NOT_RUN = new Set(['skip', 'output'])
const python = checkPythonTools("the docs' Python blocks")
const go = checkGo("the docs' Go blocks")
const realServer = checkRealMetaService("the docs' real-server blocks")
const orderedBlocks = new OrderedBlocks()
/** The in-order and real-server blocks' runs, started in beforeAll, one after another: by `where`. */
let orderedRuns = new Map<string, Promise<void>>()
/** The blocks of the ordered lane: the real-server ones only where the real server can run. */
const ordered = () => of('in-order', ...(realServer.missing.length === 0 ? ['real-server'] : []))

/** A result computed once for all the blocks that share it (one tsc, one pytest, one go test). */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined
  return () => {
    promise ??= compute()
    return promise
  }
}

const of = (...kinds: string[]) => blocks.filter((block) => kinds.includes(block.kind))
let sandbox: Sandbox
let fake: CliProcess
let port: number
const typeErrors = once(() => typeCheck(sandbox, ROOT, of('module', 'vitest', 'file').filter(isTypeScript)))
const pytestFailures = once(() => runPytestBlocks(of('pytest'), sandbox))
const goFailures = once(() => runGoBlocks(of('go'), sandbox, ROOT))
/** Every module block run with node, a few at a time, once the type check has written it: failures by `where`. */
const moduleRuns = once(async () => {
  await typeErrors()
  const failures = new Map<string, string>()
  const queue = [...of('module')]
  const worker = async () => {
    for (let block = queue.shift(); block; block = queue.shift()) {
      await runModule(block, sandbox).catch((error: Error) => failures.set(block.where, error.message))
    }
  }
  await Promise.all([worker(), worker()])
  return failures
})
const vitestRuns = new Map<string, () => Promise<Map<string, string>>>()
/**
 * The blocks that start a fake of their own, one after another beside the other blocks (a lane of
 * their own: ~1 s each, mostly npx and the fake starting, that the shell blocks need not wait for).
 */
const untilListening = new Map<string, Promise<void>>()
function startUntilListeningLane(): void {
  let previous: Promise<void> = Promise.resolve()
  for (const block of of('until-listening')) {
    const run = previous.then(() => runUntilListening(block, sandbox))
    untilListening.set(block.where, run)
    previous = run.catch(() => undefined)
  }
}
/** Each CommonJS block's own tsc run, started in beforeAll with the others. */
const commonJsChecks = new Map<string, Promise<void>>()
function commonJsCheck(block: DocBlock): Promise<void> {
  if (!commonJsChecks.has(block.where))
    commonJsChecks.set(block.where, typeCheckCommonJs(block, sandbox, ROOT))
  return commonJsChecks.get(block.where) as Promise<void>
}

function isTypeScript(block: DocBlock): boolean {
  return block.kind !== 'file' ? true : /\.(ts|mts|cts)$/.test(block.argument)
}

beforeAll(async () => {
  // The shared fake first: the first blocks need it, and it starts before the slow runs load the machine.
  fake = spawnCli(['--port', '0', '--fixtures', `${ROOT}/fixtures`, '--log-level', 'warn'])
  sandbox = createSandbox(ROOT)
  for (const block of of('module', 'vitest', 'file')) placeTypeScript(block, sandbox)
  for (const block of of('vitest')) {
    const project = vitestProject(block)
    const members = of('vitest').filter((other) => vitestProject(other) === project)
    if (!vitestRuns.has(project))
      vitestRuns.set(
        project,
        once(() => runVitestProject(project, members, sandbox, ROOT)),
      )
  }
  // The slow runs start now, side by side, while the shell blocks run (each is awaited by its blocks).
  const started: Promise<unknown>[] = [
    typeErrors(),
    moduleRuns(),
    ...[...vitestRuns.values()].map((run) => run()),
    ...of('commonjs-types').map(commonJsCheck),
  ]
  startUntilListeningLane()
  started.push(...untilListening.values())
  if (of('pytest').length > 0 && !python.skip) started.push(pytestFailures())
  if (of('go').length > 0 && !go.skip) started.push(goFailures())
  // The real server (~2 s: etcd, meta_service, the forwarder) starts now, beside the blocks before its own
  if (ordered().some((block) => block.kind === 'real-server')) started.push(orderedBlocks.startRealServer())
  // a fake a real-server block left running is checked as the shared one is: no error answers
  orderedRuns = orderedBlocks.runInOrder(ordered(), sandbox, expectNoErrorAnswers)
  started.push(...orderedRuns.values())
  for (const run of started) run.catch(() => undefined) // reported by the blocks that await them
  // A bound, not a speed check: with every slow run started beside it, a loaded machine (CI beside
  // other jobs) has taken over 30 s to bring the fake up.
  port = (await waitForReady(fake, 110_000)).port
}, 120_000)

afterAll(async () => {
  fake?.child.kill('SIGTERM')
  await orderedBlocks.close()
  sandbox?.remove()
  const notRun = blocks.filter((block) => NOT_RUN.has(block.kind))
  console.info(
    [
      `docs code blocks: ${blocks.length - notRun.length} run, ${notRun.length} not run`,
      ...notRun.map(
        (block) =>
          `  ${block.where}: ${block.kind === 'output' ? 'output shown, not code' : `skipped: ${block.argument}`}`,
      ),
    ].join('\n'),
  )
})

/** The shared fake back to its start before each `server` block: no block depends on another's writes. */
async function resetFake(): Promise<void> {
  const headers = { 'x-mock-admin': '1' }
  await fetch(`http://127.0.0.1:${port}/__admin/scenarios/active`, { method: 'DELETE', headers })
  await fetch(`http://127.0.0.1:${port}/__admin/reset?all=true`, { method: 'POST', headers })
}

/** curl exits 0 on a 404: a `server` block fails when the fake answered any of its API requests with an error. */
async function expectNoErrorAnswers(block: DocBlock, fakePort = port): Promise<void> {
  const base = `http://127.0.0.1:${fakePort}/__admin`
  const { sessions } = (await (await fetch(`${base}/sessions`)).json()) as { sessions: { id: string }[] }
  const listed: string[] = []
  for (const id of new Set(['', ...sessions.map((session) => session.id)])) {
    const answer = await fetch(`${base}/requests?session=${encodeURIComponent(id)}`)
    const { requests } = (await answer.json()) as {
      requests: { method: string; path: string; status: number | null }[]
    }
    for (const entry of requests) {
      if (!entry.path.startsWith('/__admin') && (entry.status ?? 599) >= 400) {
        listed.push(`${entry.method} ${entry.path} -> ${entry.status} (session "${id}")`)
      }
    }
  }
  expect(listed, `${block.where}: the fake answered errors`).toEqual([])
}

function failureOf(failures: Map<string, string>, block: DocBlock): void {
  const failure = failures.get(block.where)
  if (failure) throw new Error(`${block.where}:\n${failure}`)
}

const RUNNERS: Record<string, (block: DocBlock) => Promise<void>> = {
  shell: async (block) => void (await runShellBlock(block, sandbox)),
  server: async (block) => {
    await resetFake()
    await runShellBlock(block, sandbox, port)
    // A block showing a fault says so: `<!-- docs-test: server expect-errors -->`.
    if (block.argument !== 'expect-errors') await expectNoErrorAnswers(block)
  },
  'until-listening': (block) => untilListening.get(block.where) as Promise<void>,
  'real-server': async (block) => {
    if (realServer.missing.length > 0) throw new Error(realServer.message)
    await orderedRuns.get(block.where)
  },
  'in-order': (block) => orderedRuns.get(block.where) as Promise<void>,
  file: async (block) => (isTypeScript(block) ? failureOf(await typeErrors(), block) : undefined),
  module: async (block) => {
    failureOf(await typeErrors(), block)
    failureOf(await moduleRuns(), block)
  },
  vitest: async (block) => {
    failureOf(await typeErrors(), block)
    failureOf(await (vitestRuns.get(vitestProject(block)) as () => Promise<Map<string, string>>)(), block)
  },
  'commonjs-types': commonJsCheck,
  pytest: async (block) => {
    if (python.missing.length > 0) throw new Error(python.message)
    failureOf(await pytestFailures(), block)
  },
  go: async (block) => {
    if (go.missing.length > 0) throw new Error(go.message)
    failureOf(await goFailures(), block)
  },
  json: async (block) => void JSON.parse(block.body),
  scenario: async (block) => {
    const { parseScenarioText } = await import(`${ROOT}/dist/index.js`)
    parseScenarioText(block.body, block.where, 'docs-block')
  },
  copied: async (block) => {
    const body = block.body.slice(block.body.indexOf('\n') + 1)
    const source = readFileSync(`${ROOT}/${block.argument}`, 'utf8')
    expect(source.includes(body), `${block.where} is no longer in ${block.argument} word for word`).toBe(true)
  },
  invalid: async (block) => {
    throw new Error(`${block.where}: ${block.argument}`)
  },
}

const SLOW = new Set([
  'pytest',
  'go',
  'vitest',
  'module',
  'until-listening',
  'commonjs-types',
  'real-server',
  'in-order',
])

describe('the code blocks of the README and docs/', () => {
  it.skipIf(DOCS !== ALL_DOCS)('are found in the README and the guides', () => {
    expect(blocks.filter((block) => block.file === 'README.md').length).toBeGreaterThan(5)
    expect(new Set(blocks.map((block) => block.file)).size).toBeGreaterThan(DOCS.length / 2)
  })

  for (const block of blocks) {
    const label = `${block.where} (${block.kind})`
    if (block.kind === 'output') it.skip(`${label}: output shown, not code`)
    else if (block.kind === 'skip') it.skip(`${label}: ${block.argument}`)
    else if (block.kind === 'pytest' && python.skip) it.skip(`${label}: ${python.message}`)
    else if (block.kind === 'go' && go.skip) it.skip(`${label}: ${go.message}`)
    else if (block.kind === 'real-server' && realServer.skip) it.skip(`${label}: ${realServer.message}`)
    else
      it(
        label,
        () => (RUNNERS[block.kind] as (block: DocBlock) => Promise<void>)(block),
        SLOW.has(block.kind) ? 240_000 : 30_000,
      )
  }
})
