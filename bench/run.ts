// The benchmark harness (npm run bench builds the package first): runs each case side by side with its baseline,
// profiles the full page (fake against bare Hono, µs per request by category and source file) and the
// soak's mix (the fake alone), and
// writes BENCHMARKS.md (a full run) or prints it (--smoke, as CI runs it).
// Loopback only; every load run is bounded in time. Usage: npm run bench [-- --smoke]
import { execSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { fileURLToPath } from 'node:url'
import { benchColdStart } from './cases/cold-start.js'
import { benchFlatSize } from './cases/flat-size.js'
import { benchInProcess } from './cases/in-process.js'
import { benchMixed } from './cases/mixed.js'
import { benchPeers } from './cases/peers.js'
import { benchReset } from './cases/reset.js'
import { benchThroughput } from './cases/throughput.js'
import { type BenchConfig, toBenchConfig } from './lib/bench-config.js'
import { type FullPage, findFullPage } from './lib/full-page.js'
import { type ReportRow, toMarkdownTable } from './lib/report.js'
import { profileFullPage, profileMix } from './profile.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const smoke = process.argv.includes('--smoke')
const withPeers = !smoke && !process.argv.includes('--no-peers')

async function main(): Promise<void> {
  const config = toBenchConfig(smoke)
  const rows: ReportRow[] = []
  const started = performance.now()
  try {
    const page = await findFullPage()
    for (const [name, run] of toCases(withPeers)) {
      process.stderr.write(`bench: ${name}… (${((performance.now() - started) / 1000).toFixed(0)} s)\n`)
      rows.push(...(await runCase(name, run, config, page)))
    }
  } finally {
    rmSync(config.workDir, { recursive: true, force: true })
  }
  const order = (row: ReportRow) => Number.parseInt(row.goal, 10) || 99 // failed cases last
  rows.sort((a, b) => order(a) - order(b))
  process.stderr.write('bench: profile of the full page…\n')
  const profile = await profileFullPage(smoke ? 1 : config.loadSeconds * 2)
  process.stderr.write("bench: profile of the soak's mix…\n")
  const mixProfile = await profileMix(smoke ? 1 : config.loadSeconds * 2)
  const report = [
    toReport(rows),
    `## Profile: where a full-page request's time goes\n\n${profile}\n`,
    `## Profile: where a request of the soak's mix goes\n\n${mixProfile}\n`,
  ].join('\n')
  if (smoke) process.stdout.write(`${report}\n`)
  else writeFileSync(new URL('BENCHMARKS.md', `file://${ROOT}`), report)
  process.stderr.write(smoke ? 'bench: smoke run complete\n' : 'bench: wrote BENCHMARKS.md\n')
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
