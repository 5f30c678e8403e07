import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchConfig } from '../lib/bench-config.js'
import { type ReportRow, toRatioRow } from '../lib/report.js'
import { writeServerSuiteProjects } from '../lib/server-suite-project.js'
import { alternate } from '../lib/side-by-side.js'
import { answerCalls, writeSuiteProjects } from '../lib/suite-project.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const VITEST = join(ROOT, 'node_modules/vitest/vitest.mjs')

/**
 * The per-file cost of a test suite: a real Vitest project of 50 test files, each setting the fake up
 * in-process as the README's Vitest example does (`useMetaMockMsw`) and making three requests,
 * against the same project with hand-written MSW handlers answering the same JSON; and one file's
 * setup in a plain Node process (import, build, MSW handlers, first answers), the README's MSW example
 * against the hand-written handlers; and the same suite over HTTP, one server for the run from a
 * `globalSetup` (docs/vitest.md's server setup against a hand-written `node:http` server). Wall times,
 * alternated, medians of the rounds.
 *
 * While working on one part: `BENCH_SUITE_PARTS` (any of `setup`, `msw`, `server`, comma-separated;
 * default all), `BENCH_SUITE_FILES` (default 50, 4 with `--smoke`) and `BENCH_SUITE_ROUNDS` (the suites'
 * rounds a side: default 5, 1 with `--smoke`).
 */
export async function benchTestSuite(config: BenchConfig): Promise<ReportRow[]> {
  const files = Number(process.env.BENCH_SUITE_FILES ?? (config.smoke ? 4 : 50))
  const parts = new Set((process.env.BENCH_SUITE_PARTS ?? 'setup,msw,server').split(','))
  const rounds = Number(process.env.BENCH_SUITE_ROUNDS ?? (config.smoke ? 1 : 5))
  const answered = await answerCalls()
  const projects = await writeSuiteProjects(config.workDir, files, answered)
  const servers = writeServerSuiteProjects(config.workDir, files, answered)
  const goal = '9 test suite'
  const note = 'see "Issue 25: a test suite\'s per-file cost" below'
  const rows: ReportRow[] = []
  if (parts.has('msw')) {
    const suite = await alternate(rounds, {
      fake: () => timeVitest(projects.fake),
      hand: () => timeVitest(projects.hand),
    })
    rows.push(
      toRatioRow({
        goal,
        measure: `\`vitest run\` of ${files} test files, 3 requests each, in-process through MSW, wall ms`,
        fake: suite.fake,
        base: suite.hand,
        baseLabel: 'the same files with hand-written MSW handlers, same JSON',
        op: '<=',
        target: 1.2,
        note,
      }),
    )
  }
  if (parts.has('server')) {
    const suite = await alternate(rounds, {
      fake: () => timeVitest(servers.fake),
      hand: () => timeVitest(servers.hand),
    })
    rows.push(
      toRatioRow({
        goal,
        measure: `\`vitest run\` of ${files} test files, 3 requests each over HTTP to one server from \`globalSetup\` (\`metaMockGlobalSetup\`, \`useTestClient\`), wall ms`,
        fake: suite.fake,
        base: suite.hand,
        baseLabel: 'the same files against a hand-written `node:http` server from `globalSetup`, same JSON',
        op: '<=',
        target: 1.2,
        note,
      }),
    )
  }
  if (parts.has('setup')) {
    const setup = await alternate(config.smoke ? 1 : 9, {
      fake: () => timeSetup(projects.fakeSetup),
      hand: () => timeSetup(projects.handSetup),
    })
    rows.push(
      toRatioRow({
        goal,
        measure:
          "one file's setup in a fresh Node process: import, `createMetaService`, MSW handlers, 3 first answers, ms from start",
        fake: setup.fake,
        base: setup.hand,
        baseLabel: '`msw` and hand-written handlers, same answers',
        op: '<=',
        target: 1.3,
        note,
      }),
    )
  }
  return rows
}

/** Wall ms of `vitest run` in a project; a failed test fails the case (the answers must be right). */
function timeVitest(project: string): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [VITEST, 'run', '--root', project],
      { cwd: project, timeout: 300_000, env: { ...process.env, CI: '1' } },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`vitest run in ${project}: ${error.message}\n${stdout}\n${stderr}`))
        else resolve(performance.now() - started)
      },
    )
  })
}

/** The ms from process start to the script's first answers, as the script prints it. */
function timeSetup(script: string): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script], { timeout: 60_000 }, (error, stdout, stderr) => {
      const ms = Number(stdout)
      if (error || !Number.isFinite(ms) || ms <= 0)
        reject(new Error(`${script}: ${error?.message} ${stdout} ${stderr}`))
      else resolve(ms)
    })
  })
}
