// Issue 10's soak figure, side by side: the soak's client (test/reliability/soak-runner.ts: its mix,
// 16 connections, 150 sessions, every answer checked) against the built CLI and against the previous
// fake (bench/lib/previous-fake.ts), alternating, a fresh server per round. Prints each round's rate
// and the server's requests per CPU-second (from /proc), then the ratio of the medians.
// `--against <commit>` measures against another commit instead (an A/B of a change against HEAD).
// Usage: npm run bench:soak-vs-previous [-- --requests 100000] [-- --rounds 2] [-- --against HEAD]
import { readFileSync, rmSync } from 'node:fs'
import { runSoak } from '../test/reliability/soak-runner.js'
import { toBenchConfig } from './lib/bench-config.js'
import { PREVIOUS_COMMIT, startPreviousFake } from './lib/previous-fake.js'
import type { StartedServer } from './lib/processes.js'
import { startFake } from './lib/servers.js'
import { alternate } from './lib/side-by-side.js'
import { median } from './lib/stats.js'

interface Round {
  readonly rate: number
  readonly perCpuSecond: number
}

/** User + system CPU seconds of a process so far. */
function cpuSeconds(pid: number): number {
  const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

async function soakRound(name: string, start: () => Promise<StartedServer>, total: number): Promise<Round> {
  const server = await start()
  try {
    const pid = server.child.pid as number
    const before = cpuSeconds(pid)
    const result = await runSoak({ url: server.url, total, concurrency: 16, sessions: 150, rssOf: () => 0 })
    if (result.problems.length > 0) throw new Error(`${name}: ${result.problems.join('; ')}`)
    const round = { rate: total / result.seconds, perCpuSecond: total / (cpuSeconds(pid) - before) }
    process.stdout.write(
      `${name}: ${round.rate.toFixed(0)} req/s, ${round.perCpuSecond.toFixed(0)} requests per server CPU-second\n`,
    )
    return round
  } finally {
    await server.stop()
  }
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name)
  return index >= 0 ? Number(process.argv[index + 1]) : fallback
}

function textOption(name: string, fallback: string): string {
  const index = process.argv.indexOf(name)
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback
}

async function main(): Promise<void> {
  const total = option('--requests', 100_000)
  const config = toBenchConfig(true)
  const against = textOption('--against', PREVIOUS_COMMIT)
  const rounds = await alternate(option('--rounds', 2), {
    fake: () => soakRound('this build', () => startFake(config), total),
    previous: () => soakRound(`previous fake (${against})`, () => startPreviousFake(config, against), total),
  }).finally(() => rmSync(config.workDir, { recursive: true, force: true }))
  const ratio = (key: keyof Round) =>
    (median(rounds.fake.map((r) => r[key])) / median(rounds.previous.map((r) => r[key]))).toFixed(2)
  process.stdout.write(
    `ratio of medians: ${ratio('rate')}× the rate, ${ratio('perCpuSecond')}× per CPU-second\n`,
  )
}

main().catch((error: unknown) => {
  process.stderr.write(`soak-vs-previous: ${(error as Error).stack ?? error}\n`)
  process.exit(1)
})
