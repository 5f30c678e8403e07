import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type Breakdown,
  type Categorize,
  categorizeRuntime,
  packageOf,
  toBreakdown,
  toBundleSections,
} from './cpu-profile.js'
import type { FullPage } from './full-page.js'
import { startServerProcess, takePort } from './processes.js'
import { runWrk, type WrkOptions } from './wrk.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The built CLI the profiles run. */
export const CLI = join(ROOT, 'dist/node/cli-bundle.js')
/** The bundle the CLI's bin compiles and runs (its frames' url is this path). */
const BUNDLE = join(ROOT, 'dist/node/cli-main.cjs')
const BARE = join(ROOT, 'bench/baselines/bare-hono.mjs')
/** The mix's floor: the fake's stack answering the mix with fixed bytes (bench/baselines/bare-mix.mjs). */
export const BARE_MIX = join(ROOT, 'bench/baselines/bare-mix.mjs')

/** A profiled load run: where the CPU went, and how many requests that was. */
export interface ProfiledRun {
  readonly breakdown: Breakdown
  readonly requests: number
  readonly rps: number
  /**
   * The server's CPU time (user + system, from /proc) over the measured run, µs per request: unlike
   * the profile's samples (wall-clock slices), it does not grow while the process waits for a core.
   */
  readonly cpuUsPerRequest: number
}

/** What wrk sends during a profiled run: a path and its wrk options (headers, or a Lua mix). */
export interface ProfiledLoad {
  readonly path: string
  readonly wrk: Omit<WrkOptions, 'seconds'>
}

/** The full page, as the throughput goals load it. */
export function fullPageLoad(page: FullPage): ProfiledLoad {
  return { path: page.path, wrk: { headers: page.headers } }
}

/** The built CLI under `--cpu-prof`, loaded with wrk (the full page, or the soak's mix). */
export function profileFake(load: ProfiledLoad, seconds: number, dir: string): Promise<ProfiledRun> {
  return profileRun(
    [CLI, '--log-level', 'error', '--port'],
    load,
    seconds,
    join(dir, 'fake'),
    categorizeCli(),
  )
}

/** The built CLI's frames by category: the runtime's, then each dependency and each of the fake's files. */
export function categorizeCli(): Categorize {
  const sections = toBundleSections(BUNDLE)
  return (url, line, name) =>
    categorizeRuntime(url, name) ??
    (url.endsWith('cli-main.cjs') ? toBundleCategory(sections(line)) : `other: ${url}`)
}

/**
 * The bare Hono app under `--cpu-prof`, loaded the same way: it answers every GET with the bytes of
 * `bodyFile` (the fake's page, for the full page) and `/healthz` with an empty 200. `script`: another
 * baseline (`BARE_MIX` for the mix).
 */
export function profileBare(
  load: ProfiledLoad,
  seconds: number,
  dir: string,
  bodyFile?: string,
  script: string = BARE,
): Promise<ProfiledRun> {
  const categorize: Categorize = (url, _line, name) =>
    categorizeRuntime(url, name) ??
    (url.includes('/bench/baselines/') ? 'the baseline script' : (packageOf(url) ?? `other: ${url}`))
  return profileRun([script], load, seconds, join(dir, 'bare'), categorize, bodyFile ? [bodyFile] : [])
}

/**
 * The fake and the bare app profiled one after the other under the same load (a path is all it takes:
 * the full page, /healthz). `body` is what the bare app sends for any GET but /healthz.
 */
export async function profileAgainstBare(
  load: ProfiledLoad,
  seconds: number,
  body?: Uint8Array,
): Promise<{ fake: ProfiledRun; bare: ProfiledRun }> {
  const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-profile-'))
  try {
    const fake = await profileFake(load, seconds, dir)
    const bodyFile = body ? join(dir, 'body.json') : undefined
    if (bodyFile && body) writeFileSync(bodyFile, body)
    const bare = await profileBare(load, seconds, dir, bodyFile)
    return { fake, bare }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function toBundleCategory(section: string): string {
  return section.startsWith('src/') ? `yr-meta-mock: ${section}` : (packageOf(section) ?? section)
}

async function profileRun(
  args: readonly string[],
  load: ProfiledLoad,
  seconds: number,
  dir: string,
  categorize: Categorize,
  after: readonly string[] = [],
): Promise<ProfiledRun> {
  const port = takePort()
  const server = await startServerProcess({
    command: process.execPath,
    args: ['--cpu-prof', '--cpu-prof-dir', dir, ...args, String(port), ...after],
    port,
    readyPath: '/healthz',
  })
  const url = `${server.url}${load.path}`
  let measured: Awaited<ReturnType<typeof runWrk>>
  let window: [number, number]
  let cpuUsed = 0
  try {
    // Warm-up (JIT), half as long as the measure as in the mixed case: on a loaded machine 2 s of the
    // mix were a few thousand requests, and the profile was of code V8 had not optimized yet.
    await runWrk(url, { ...load.wrk, seconds: Math.max(2, Math.ceil(seconds / 2)) })
    await pause(300) // an idle gap that separates the warm-up from the measured stretch
    const from = monotonicUs()
    const cpuBefore = cpuUs(server.child.pid as number)
    measured = await runWrk(url, { ...load.wrk, seconds })
    cpuUsed = cpuUs(server.child.pid as number) - cpuBefore
    window = [from, monotonicUs()]
    await pause(300)
  } finally {
    await server.stop() // SIGTERM: both exit normally, so node writes the profile
  }
  const [file] = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))
  if (!file) throw new Error(`no CPU profile was written to ${dir}`)
  return {
    breakdown: toBreakdown(join(dir, file), categorize, window),
    requests: measured.requests,
    rps: measured.rps,
    cpuUsPerRequest: cpuUsed / measured.requests,
  }
}

/** User + system CPU time of a process so far, µs (/proc counts in 10 ms ticks). */
function cpuUs(pid: number): number {
  const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10_000
}

/** Now in µs on the monotonic clock V8's profiler stamps samples with. */
function monotonicUs(): number {
  return Number(process.hrtime.bigint() / 1000n)
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
