import { execSync } from 'node:child_process'
import { existsSync, mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchConfig } from './bench-config.js'
import { type StartedServer, startServerProcess, takePort } from './processes.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The pre-refactor main, the mixed workload's baseline (issue 17 measured the soak on it). */
export const PREVIOUS_COMMIT = '3346bb9'

/**
 * Builds the previous fake's CLI from git: that commit's sources and its own bundle script (esbuild,
 * ~1 s), with this checkout's node_modules linked in (the runtime dependencies are the same). The CLI
 * bin is that bundle alone, so tsc and a git worktree are not needed.
 */
export function buildPreviousCli(config: BenchConfig, commit: string = PREVIOUS_COMMIT): string {
  const dir = join(config.workDir, `previous-${commit}`)
  const cli = join(dir, 'dist/node/cli-bundle.js')
  if (existsSync(cli)) return cli
  mkdirSync(dir, { recursive: true })
  execSync(`git archive ${commit} src scripts fixtures package.json tsconfig.json | tar -x -C "${dir}"`, {
    cwd: ROOT,
  })
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  execSync('node scripts/bundle-cli.mjs', { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] })
  return cli
}

/** The previous fake's CLI (or another commit's) on its default seed. */
export function startPreviousFake(
  config: BenchConfig,
  commit: string = PREVIOUS_COMMIT,
): Promise<StartedServer> {
  const port = takePort()
  return startServerProcess({
    command: process.execPath,
    args: [buildPreviousCli(config, commit), '--port', String(port), '--log-level', 'error'],
    port,
    readyPath: '/healthz',
  })
}
