// The benchmark harness (npm run bench builds the package first): runs each case side by side with its baseline,
// profiles the full page (fake against bare Hono, µs per request by category and source file), the
// soak's mix (the fake alone), /healthz, the tail and its GC pauses, the resident memory (a heap
// snapshot) and a full page through MSW, and
// writes BENCHMARKS.md (a full run) or prints it (--smoke, as CI runs it).
// Loopback only; every load run is bounded in time.
// Usage: npm run bench [-- --smoke] [-- --no-peers] [-- --only throughput] (--only: matching cases, printed)
import { execSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { benchBigBodies } from './cases/big-bodies.js'
import { benchColdStart } from './cases/cold-start.js'
import { benchEventStreams } from './cases/event-streams.js'
import { benchFirstAnswers } from './cases/first-answers.js'
import { benchFlatSize } from './cases/flat-size.js'
import { benchInProcess } from './cases/in-process.js'
import { benchMixed } from './cases/mixed.js'
import { benchPeers } from './cases/peers.js'
import { benchReset } from './cases/reset.js'
import { benchTestSuite } from './cases/test-suite.js'
import { benchThroughput } from './cases/throughput.js'
import { type BenchConfig, toBenchConfig } from './lib/bench-config.js'
import { profileColdStart } from './lib/cold-start-profile.js'
import { type FullPage, findFullPage } from './lib/full-page.js'
import { profileHealthz } from './lib/healthz-profile.js'
import { profileMemory } from './lib/memory-profile.js'
import { profileMsw } from './lib/msw-profile.js'
import { PROFILE_HEADINGS, withProfileNote } from './lib/profile-notes.js'
import { type ReportRow, toMarkdownTable } from './lib/report.js'
import { profileTail } from './lib/tail-profile.js'
import { profileFullPage, profileMix } from './profile.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const smoke = process.argv.includes('--smoke')
const withPeers = !smoke && !process.argv.includes('--no-peers')
/** `--only <words>`: the cases whose name holds the words, no profiles, printed (BENCHMARKS.md untouched). */
const only = optionValue('--only')

function optionValue(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index >= 0 ? process.argv[index + 1] : undefined
}

async function main(): Promise<void> {
  const config = toBenchConfig(smoke)
  const rows: ReportRow[] = []
  const started = performance.now()
  const sections: string[] = []
  try {
    const page = await findFullPage()
    const cases = toCases(withPeers).filter(([name]) => only === undefined || name.includes(only))
    if (cases.length === 0) throw new Error(`--only ${only}: no case's name holds that`)
    for (const [name, run] of cases) {
      process.stderr.write(`bench: ${name}… (${((performance.now() - started) / 1000).toFixed(0)} s)\n`)
      rows.push(...(await runCase(name, run, config, page)))
    }
    for (const [heading, run] of only === undefined ? toProfiles(config) : []) {
      process.stderr.write(`bench: ${heading}… (${((performance.now() - started) / 1000).toFixed(0)} s)\n`)
      sections.push(`## Profile: ${heading}\n\n${await runProfile(heading, run)}\n`)
    }
  } finally {
    rmSync(config.workDir, { recursive: true, force: true })
  }
  const order = (row: ReportRow) => Number.parseInt(row.goal, 10) || 99 // failed cases last
  rows.sort((a, b) => order(a) - order(b))
  const report = [toReport(rows.map(withProfileNote)), ...sections].join('\n')
  if (smoke || only !== undefined) process.stdout.write(`${report}\n`)
  else writeFileSync(new URL('BENCHMARKS.md', `file://${ROOT}`), report)
  process.stderr.write(smoke || only !== undefined ? 'bench: run complete\n' : 'bench: wrote BENCHMARKS.md\n')
}

/**
 * The profiles after the table, each under its heading: the full page and the soak's mix, then one per
 * goal family a full run has not always met (/healthz throughput, p99, memory, MSW, cold start). The smoke run
 * gives each a second (or a few hundred requests), so they only have to run.
 */
function toProfiles(config: BenchConfig): Array<readonly [string, () => Promise<string>]> {
  const seconds = smoke ? 1 : config.loadSeconds * 2
  return [
    [PROFILE_HEADINGS.fullPage, () => profileFullPage(seconds)],
    [PROFILE_HEADINGS.mix, () => profileMix(seconds)],
    [PROFILE_HEADINGS.healthz, () => profileHealthz(seconds)],
    [PROFILE_HEADINGS.tail, () => profileTail(seconds, !smoke)],
    [PROFILE_HEADINGS.memory, () => profileMemory(config, config.loadSeconds)],
    [PROFILE_HEADINGS.msw, () => profileMsw(smoke ? 300 : 20_000)],
    [PROFILE_HEADINGS.coldStart, () => profileColdStart(smoke ? 1 : 5)],
  ]
}

/** A profile's markdown; one that fails says how, so the rest of the report is not lost (the smoke run fails). */
async function runProfile(heading: string, run: () => Promise<string>): Promise<string> {
  try {
    return await run()
  } catch (error) {
    process.stderr.write(`bench: profile "${heading}" failed: ${(error as Error).stack ?? error}\n`)
    if (smoke) process.exitCode = 1
    return `The profile failed: ${(error as Error).message ?? String(error)}`
  }
}

type BenchCase = (config: BenchConfig, page: FullPage) => Promise<ReportRow[]>

/** A case's rows; a case that fails is one row that says how, so the others' figures are not lost. */
async function runCase(
  name: string,
  run: BenchCase,
  config: BenchConfig,
  page: FullPage,
): Promise<ReportRow[]> {
  try {
    return await run(config, page)
  } catch (error) {
    process.stderr.write(`bench: ${name} failed: ${(error as Error).stack ?? error}\n`)
    const message = (error as Error).message ?? String(error)
    return [
      {
        goal: '–',
        measure: `${name}: failed`,
        value: message,
        baseline: '–',
        ratio: '–',
        target: '–',
        met: false,
      },
    ]
  }
}

function toCases(peers: boolean): Array<readonly [string, BenchCase]> {
  return [
    ['throughput and memory (full page, /healthz)', benchThroughput],
    ['mixed workload across sessions', benchMixed],
    ['in-process (app.request, MSW)', benchInProcess],
    ['flat in size and memory at 100k records', benchFlatSize],
    ['cold start', benchColdStart],
    ['reset', benchReset],
    ['big inputs (1 MiB bodies)', benchBigBodies],
    ['event streams released', benchEventStreams],
    ['test suite per-file cost', benchTestSuite],
    ['first answers after start', benchFirstAnswers],
    ...(peers ? [['peers', benchPeers] as const] : []),
  ]
}

function toReport(rows: readonly ReportRow[]): string {
  const versions = JSON.parse(execSync('npm ls --depth=0 --json', { cwd: ROOT }).toString())
    .dependencies as Record<string, { version: string }>
  const pick = ['hono', '@hono/node-server', 'msw', '@msw/data', 'autocannon'].map(
    (name) => `${name} ${versions[name]?.version}`,
  )
  return [
    `# Benchmarks${smoke ? ' (smoke run: tiny sizes, one round; not figures)' : ''}`,
    '',
    `Run ${new Date().toISOString()} by \`npm run bench\`: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${pick.join(', ')}.`,
    "Each side-by-side case alternates the fake and its baseline in one run; values are medians over the rounds, with the spread (min–max) beside them. Loopback only; wrk is Debian's wrk 4 with one thread and 16 connections.",
    '',
    toMarkdownTable(rows),
    '',
  ].join('\n')
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? error}\n`)
  process.exit(1)
})
