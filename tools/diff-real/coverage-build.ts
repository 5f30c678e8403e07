import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Where the real server's folder is: `$REAL_META_SERVICE_DIR`, else `../shared/real-meta-service` from
 * the checkout (as the README says), else from its parent (a worktree one level deeper), else the
 * machine's own `/work/shared/real-meta-service`: the same places, in the same order, as
 * scripts/ci-live-diff.sh looks, so a clean clone elsewhere (CI's) finds it for the docs test too.
 */
export function realServerDir(): string {
  const found = findRealServerDir()
  if (!found)
    throw new Error(
      `coverage.sh not found in ${realServerCandidates().join(', ')}: set REAL_META_SERVICE_DIR to the real-meta-service folder`,
    )
  return found
}

/** The real server's folder, or undefined on a machine without one (`realServerDir` throws instead). */
export function findRealServerDir(): string | undefined {
  return realServerCandidates().find((dir) => existsSync(join(dir, 'coverage.sh')))
}

function realServerCandidates(): string[] {
  return [
    process.env.REAL_META_SERVICE_DIR,
    resolve('../shared/real-meta-service'),
    resolve('../../shared/real-meta-service'),
    '/work/shared/real-meta-service',
  ].filter((dir): dir is string => typeof dir === 'string' && dir !== '')
}

/** A port the system says is free now (bound and released). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => done(port))
    })
  })
}

/** One running coverage build: its URL, the run folder `stop` needs and the counter folder `report` reads. */
export interface CoverageRun {
  readonly url: string
  /** Its etcd, where sequences' `given` state goes. */
  readonly etcdUrl: string
  readonly runFolder: string
  readonly counterDir: string
}

/**
 * `coverage.sh start` on two free ports; the run folder and counter folder are read from what it prints.
 * Other programs on this machine take ports too (etcd's peer port is chosen by run.sh): a start that
 * lost a port race is tried again, three times in all.
 */
export async function startCoverageBuild(dir = realServerDir()): Promise<CoverageRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(dir)
    } catch (error) {
      if (attempt >= 3) throw error
    }
  }
}

async function startOnce(dir: string): Promise<CoverageRun> {
  const [port, etcdPort] = [await freePort(), await freePort()]
  const { stdout } = await run(join(dir, 'coverage.sh'), ['start', String(port), String(etcdPort)])
  const runFolder = /^\[run\] folder: (\S+)/m.exec(stdout)?.[1]
  const counterDir = /coverage counters go to (\S+)/.exec(stdout)?.[1]
  if (!runFolder || !counterDir)
    throw new Error(`coverage.sh start printed no run or counter folder:\n${stdout}`)
  return { url: `http://127.0.0.1:${port}`, etcdUrl: `http://127.0.0.1:${etcdPort}`, runFolder, counterDir }
}

/** `coverage.sh stop`: TERM, so that meta_service writes its counters. */
export async function stopCoverageBuild(build: CoverageRun, dir = realServerDir()): Promise<void> {
  await run(join(dir, 'coverage.sh'), ['stop', build.runFolder])
}

/** The full report (`-top 0`: every gap) of one or more counter folders, added up. */
export async function coverageReport(counterDirs: readonly string[], dir = realServerDir()): Promise<string> {
  const { stdout } = await run(join(dir, 'coverage.sh'), ['report', counterDirs.join(','), '-top', '0'], {
    maxBuffer: 64 * 1024 * 1024,
  })
  return stdout
}

/** One real meta_service started by `run.sh`, with its frontend forwarder when asked for. */
export interface RealServerRun {
  readonly url: string
  readonly frontendUrl: string | undefined
  readonly runFolder: string
}

/**
 * `run.sh PORT` (etcd and meta_service; `frontendPort`: the frontend forwarder too, as
 * scripts/ci-live-diff.sh starts it): resolves once it answers `/healthz`. Stop it with `stopRealServer`.
 * etcd's ports are ones run.sh found free, which another program can take first: tried three times.
 */
export async function startRealServer(
  options: { port: number; frontendPort?: number; release?: string },
  dir = realServerDir(),
): Promise<RealServerRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startRealServerOnce(options, dir)
    } catch (error) {
      if (attempt >= 3) throw error
    }
  }
}

async function startRealServerOnce(
  options: { port: number; frontendPort?: number; release?: string },
  dir: string,
): Promise<RealServerRun> {
  const env: NodeJS.ProcessEnv = { ...process.env }
  if (options.release) env.RELEASE = options.release
  if (options.frontendPort) {
    env.FRONTEND_PORT = String(options.frontendPort)
    env.FRONTEND_BIN = join(dir, 'frontend-admin') // one forwarder build serves every release
  }
  const { stdout } = await run(join(dir, 'run.sh'), [String(options.port)], { env }).catch((error) => {
    throw new Error(`run.sh ${options.port} failed: ${error.stderr || error.message}`)
  })
  const runFolder = /^\[run\] folder: (\S+)/m.exec(stdout)?.[1]
  if (!runFolder) throw new Error(`run.sh printed no run folder:\n${stdout}`)
  const frontendUrl = options.frontendPort ? `http://127.0.0.1:${options.frontendPort}` : undefined
  return { url: `http://127.0.0.1:${options.port}`, frontendUrl, runFolder }
}

/** The run folder's `stop.sh --clean`: stops what run.sh started (by PID) and removes the folder. */
export async function stopRealServer(server: RealServerRun): Promise<void> {
  await run(join(server.runFolder, 'stop.sh'), ['--clean'])
}
