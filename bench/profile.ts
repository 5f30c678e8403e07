// Where the time of a full-page request goes: the built CLI and the bare Hono app (same bytes) each run
// under `node --cpu-prof` while wrk loads the full page; self time is grouped by category (the fake's
// own code by source file, mapped through the bundle's esbuild section comments) and divided by the
// requests served. With --mix, the fake under the soak's mix (bench/load/mixed.lua) against the mix's
// floor (bench/baselines/bare-mix.mjs: the same stack answering with fixed bytes); with
// --healthz, fake against bare on /healthz. The other goal families have a profile each (bench/lib):
// --tail (p99 and GC pauses under --trace-gc), --memory (heap snapshots; --seconds is the big store's
// wrk load, --smoke its tiny size), --msw (in-process; --requests per side) and --cold-start (the
// CLI from spawn to its first 200; --runs starts), --big (the two ~1 MiB bodies in-process; --requests each).
// Usage: npm run bench:profile [-- --seconds 10] [-- --out profile.md]
//        [-- --mix | --healthz | --tail | --memory [--smoke] | --msw [--requests 10000] | --cold-start [--runs 5] | --big [--requests 20]]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BenchConfig, toBenchConfig } from './lib/bench-config.js'
import { profileBigBodies } from './lib/big-bodies-profile.js'
import { profileColdStart } from './lib/cold-start-profile.js'
import { findFullPage, fullPageBytes } from './lib/full-page.js'
import { profileHealthz } from './lib/healthz-profile.js'
import { profileMemory } from './lib/memory-profile.js'
import { MIX_SESSIONS, mixWrkOptions } from './lib/mix-load.js'
import { profileMsw } from './lib/msw-profile.js'
import { BARE_MIX, fullPageLoad, profileAgainstBare, profileBare, profileFake } from './lib/profile-load.js'
import { toProfileMarkdown } from './lib/profile-report.js'
import { profileTail } from './lib/tail-profile.js'

/** Profiles both sides on the full page and returns the markdown breakdown. */
export async function profileFullPage(seconds: number): Promise<string> {
  const page = await findFullPage()
  const { fake, bare } = await profileAgainstBare(fullPageLoad(page), seconds, await fullPageBytes(page))
  return toProfileMarkdown(fake, bare)
}

/**
 * Profiles the fake under the soak's mix, then its floor (the same stack answering the mix with fixed
 * bytes: `bench/baselines/bare-mix.mjs`), and returns the markdown breakdown of both.
 */
export async function profileMix(seconds: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-profile-'))
  try {
    const load = { path: '/', wrk: mixWrkOptions() }
    const fake = await profileFake(load, seconds, dir)
    const bare = await profileBare(load, seconds, dir, undefined, BARE_MIX)
    return toProfileMarkdown(fake, bare, {
      what: `wrk -t1 -c16 running the soak's mix over ${MIX_SESSIONS} sessions`,
      base: 'the mix answered with fixed bytes by bare Hono',
      column: 'bare',
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index >= 0 ? process.argv[index + 1] : undefined
}

/** A run's configuration (the large data set's file), removed afterwards; --smoke for its tiny sizes. */
async function withConfig(run: (config: BenchConfig) => Promise<string>): Promise<string> {
  const config = toBenchConfig(process.argv.includes('--smoke'))
  try {
    return await run(config)
  } finally {
    rmSync(config.workDir, { recursive: true, force: true })
  }
}

/** The profile a flag picks (the full page without one). */
function chooseProfile(seconds: number): Promise<string> {
  if (process.argv.includes('--mix')) return profileMix(seconds)
  if (process.argv.includes('--healthz')) return profileHealthz(seconds)
  if (process.argv.includes('--tail')) return profileTail(seconds)
  if (process.argv.includes('--memory')) return withConfig((config) => profileMemory(config, seconds))
  if (process.argv.includes('--msw')) return profileMsw(Number(option('--requests') ?? 10_000))
  if (process.argv.includes('--big')) return profileBigBodies(Number(option('--requests') ?? 20))
  if (process.argv.includes('--cold-start')) return profileColdStart(Number(option('--runs') ?? 5))
  return profileFullPage(seconds)
}

if (process.argv[1]?.endsWith('profile.ts')) {
  chooseProfile(Number(option('--seconds') ?? 10))
    .then((markdown) => {
      const out = option('--out')
      if (out) writeFileSync(out, `${markdown}\n`)
      process.stdout.write(`${markdown}\n`)
    })
    .catch((error: unknown) => {
      process.stderr.write(`bench:profile: ${(error as Error).stack ?? error}\n`)
      process.exit(1)
    })
}
