import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Where the real server's folder is: `$REAL_META_SERVICE_DIR`, else `../shared/real-meta-service` from
 * the checkout (as the README says), else from its parent (a worktree one level deeper).
 */
export function realServerDir(): string {
  const candidates = [
    process.env.REAL_META_SERVICE_DIR,
    resolve('../shared/real-meta-service'),
    resolve('../../shared/real-meta-service'),
  ].filter((dir): dir is string => typeof dir === 'string' && dir !== '')
  const found = candidates.find((dir) => existsSync(join(dir, 'coverage.sh')))
  if (!found)
    throw new Error(
      `coverage.sh not found in ${candidates.join(', ')}: set REAL_META_SERVICE_DIR to the real-meta-service folder`,
    )
  return found
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
