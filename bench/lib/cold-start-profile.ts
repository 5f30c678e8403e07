import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Categorize, toBreakdown } from './cpu-profile.js'
import { startServerProcess, takePort } from './processes.js'
import { CLI, categorizeCli } from './profile-load.js'
import { median } from './stats.js'

/** Categories shown one by one; the rest are summed into one line. */
const SHOWN = 14

/** One profiled start: CPU ms by category from spawn to the first 200, and that time. */
interface ProfiledStart {
  readonly selfMs: ReadonlyMap<string, number>
  readonly coldStartMs: number
}

/**
 * Where the built CLI's cold start goes (goal 5 asks it ahead of every peer's, goal 6 within 2× a
 * hello-world app's): each run starts it under `--cpu-prof` and stops it at its first 200; CPU self
 * time up to that moment, in ms (means over the runs) by category: compiling the bundle, GC, node's
 * own loading, each dependency, and the fake's own files.
 */
export async function profileColdStart(runs: number): Promise<string> {
  const starts: ProfiledStart[] = []
  for (let run = 0; run < runs; run++) starts.push(await profileOneStart())
  return toColdStartMarkdown(starts)
}

async function profileOneStart(): Promise<ProfiledStart> {
  const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-cold-start-'))
  try {
    const port = takePort()
    const server = await startServerProcess({
      command: process.execPath,
      args: ['--cpu-prof', '--cpu-prof-dir', dir, CLI, '--log-level', 'error', '--port', String(port)],
      port,
      readyPath: '/healthz',
    })
    const readyUs = Number(process.hrtime.bigint() / 1000n)
    await server.stop() // SIGTERM: the CLI exits normally, so node writes the profile
    const [file] = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))
    if (!file) throw new Error(`no CPU profile was written to ${dir}`)
    const { selfUs } = toBreakdown(join(dir, file), categorizeStart(), [0, readyUs])
    const selfMs = new Map([...selfUs].map(([category, us]) => [category, us / 1000]))
    return { selfMs, coldStartMs: server.coldStartMs }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function categorizeStart(): Categorize {
  const categorizeCliFrame = categorizeCli()
  // V8 parsing and compiling the one-file bundle shows as the self time of node's module compile
  // (an ES module) or of `vm.Script`'s constructor (the bin's script, with its code cache).
  return (url, line, name) =>
    name === 'compileSourceTextModule' || (name === 'Script' && url === 'node:vm')
      ? 'compiling the CLI bundle (V8 parse and compile)'
      : categorizeCliFrame(url, line, name)
}

/** The mean ms per category over the starts, most first, with the median spawn-to-200 time. */
export function toColdStartMarkdown(starts: readonly ProfiledStart[]): string {
  const totals = new Map<string, number>()
  for (const start of starts) {
    for (const [category, ms] of start.selfMs) totals.set(category, (totals.get(category) ?? 0) + ms)
  }
  const mean = (ms: number) => ms / Math.max(1, starts.length)
  const sorted = [...totals].sort((a, b) => b[1] - a[1])
  const rest = sorted.slice(SHOWN).reduce((sum, [, ms]) => sum + ms, 0)
  const all = sorted.reduce((sum, [, ms]) => sum + ms, 0)
  const coldStart = median(starts.map((start) => start.coldStartMs))
  return [
    `CPU self time (ms, mean of ${starts.length} starts) from spawn to the first 200 of \`/healthz\`, the built CLI under \`--cpu-prof\` (which adds its own cost): spawn to first 200 took ${coldStart.toFixed(0)} ms (median). Time before V8 starts profiling (node's own start-up) is not in the table.`,
    '',
    '| where | ms |',
    '|---|---|',
    ...sorted.slice(0, SHOWN).map(([category, ms]) => `| ${category} | ${mean(ms).toFixed(1)} |`),
    ...(rest > 0 ? [`| everything else (${sorted.length - SHOWN} more) | ${mean(rest).toFixed(1)} |`] : []),
    `| **total CPU (idle excluded)** | ${mean(all).toFixed(1)} |`,
  ].join('\n')
}
