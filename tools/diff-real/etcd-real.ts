import { spawn } from 'node:child_process'
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EtcdState } from './exchange.js'
import { sendRaw } from './raw-http.js'
import { openRealTarget, type Target } from './targets.js'

/** The real server answers a request that reaches a dead etcd after its 40 s etcd timeout (and a little). */
const OUTAGE_TIMEOUT_MS = 90_000
/** Starts of etcd tried before giving up (one that loses its port to a self-connected dial exits at once). */
const START_ATTEMPTS = 30

/**
 * The real server's etcd, taken down and brought back by its PID (decision 0031). `down` kills it
 * (SIGKILL: connections are refused, so nothing a request sent can reach etcd later, which a
 * SIGSTOP cannot promise); `up` starts it again with the same command line and data folder, then
 * waits until meta_service writes to etcd again (its gRPC clients reconnect with a backoff, ~20 s).
 */
export class RealEtcd {
  #command: string[] | undefined

  constructor(
    readonly runFolder: string,
    readonly baseUrl: string,
  ) {}

  async switch(state: EtcdState): Promise<void> {
    if (state === 'down') await this.#down()
    else await this.#up()
  }

  /** Whether an outage is under way (for a clean-up that brings etcd back). */
  get isDown(): boolean {
    return this.#command !== undefined
  }

  async #down(): Promise<void> {
    if (this.#command) throw new Error(`etcd of ${this.runFolder} is down already`)
    const pid = this.#pid()
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
    if (!command.some((arg) => arg.includes(this.runFolder)))
      throw new Error(`PID ${pid} in ${this.runFolder}/etcd.pid is not that run's etcd`)
    this.#command = command
    process.kill(pid, 'SIGKILL')
    await waitFor(() => !isAlive(pid), 5_000, `etcd (PID ${pid}) to exit`)
  }

  async #up(): Promise<void> {
    const command = this.#command
    if (!command) throw new Error(`etcd of ${this.runFolder} is not down`)
    // While etcd is down, meta_service's client keeps dialling its port, and a dial to a free port of
    // the ephemeral range on 127.0.0.1 can connect to itself and hold the port for a moment: etcd then
    // exits with "address already in use". So a start that exits is tried again.
    for (let attempt = 1; ; attempt++) {
      const exited = this.#start(command)
      const healthy = await waitFor(() => this.#etcdHealthy(), 10_000, 'etcd to answer /health', exited)
      if (healthy) break
      if (attempt >= START_ATTEMPTS)
        throw new Error(`etcd of ${this.runFolder} did not start (see its etcd.log)`)
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
    this.#command = undefined
    await waitFor(() => this.#metaWritesEtcd(), 300_000, 'meta_service to write to etcd again')
  }

  /** Starts etcd detached, as run.sh did; the flag turns true when it exits. */
  #start(command: readonly string[]): { exited: boolean } {
    const log = openSync(join(this.runFolder, 'etcd.log'), 'a')
    const [program, ...args] = command as [string, ...string[]]
    const child = spawn(program, args, { detached: true, stdio: ['ignore', log, log] })
    closeSync(log)
    child.unref()
    const state = { exited: false }
    child.once('exit', () => {
      state.exited = true
    })
    writeFileSync(join(this.runFolder, 'etcd.pid'), `${child.pid}\n`) // stop.sh stops it by this file
    return state
  }

  #pid(): number {
    return Number(readFileSync(join(this.runFolder, 'etcd.pid'), 'utf8').trim())
  }

  async #etcdHealthy(): Promise<boolean> {
    const port = /^ETCD_PORT=(\d+)$/m.exec(readFileSync(join(this.runFolder, 'env'), 'utf8'))?.[1]
    const answer = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined)
    return answer?.ok === true && (await answer.text()).includes('"health":"true"')
  }

  /**
   * A function written and deleted again, of each kind: meta_service holds two etcd clients (the
   * `faas` kind's goes through `metaEtcd`), and each reconnects on its own backoff.
   */
  async #metaWritesEtcd(): Promise<boolean> {
    for (const kind of [undefined, 'faas']) {
      const name = `0@etcd@probe${kind ?? ''}`
      const body = JSON.stringify({ name, runtime: 'python3.9', cpu: 500, memory: 256, timeout: 30, kind })
      const created = await this.#probe('POST', '/serverless/v1/functions', body)
      const deleted = await this.#probe('DELETE', `/serverless/v1/functions/${name}`, undefined)
      if (!created || !deleted) return false
    }
    return true
  }

  async #probe(method: string, path: string, body: string | undefined): Promise<boolean> {
    const headers = { 'X-Tenant-ID': 'etcd-probe', 'Content-Type': 'application/json' }
    const answer = await sendRaw(this.baseUrl, method, path, headers, body, OUTAGE_TIMEOUT_MS)
    return answer.kind === 'response' && answer.status === 200
  }
}

/**
 * The folder run.sh (or coverage.sh) made for the real server at `baseUrl`:
 * `$TMPDIR/yr-realserver-run.PORT.*` whose `env` names that port and whose etcd runs. Undefined
 * when there is none or more than one (then give it with `--real-run`).
 */
export function findRunFolder(baseUrl: string): string | undefined {
  const port = new URL(baseUrl).port
  const base = process.env.TMPDIR || tmpdir()
  const found = readdirSync(base)
    .filter((name) => name.startsWith(`yr-realserver-run.${port}.`))
    .map((name) => join(base, name))
    .filter((folder) => isRunOf(folder, port))
  return found.length === 1 ? found[0] : undefined
}

function isRunOf(folder: string, port: string): boolean {
  const env = join(folder, 'env')
  const pidFile = join(folder, 'etcd.pid')
  if (!existsSync(env) || !existsSync(pidFile)) return false
  return (
    new RegExp(`^PORT=${port}$`, 'm').test(readFileSync(env, 'utf8')) &&
    isAlive(Number(readFileSync(pidFile, 'utf8')))
  )
}

/** A real target whose etcd the outage steps take down and bring back; closing it brings etcd back. */
export function withRealEtcd(target: Target, etcd: RealEtcd): Target {
  return {
    ...target,
    etcd: (state) => etcd.switch(state),
    close: async () => {
      if (etcd.isDown) await etcd.switch('up')
      await target.close()
    },
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Polls until `check` holds (true), or `stop.exited` (false); past `ms`, throws. */
async function waitFor(
  check: () => boolean | Promise<boolean>,
  ms: number,
  what: string,
  stop: { readonly exited: boolean } = { exited: false },
): Promise<boolean> {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (stop.exited) return false
    if (Date.now() > deadline) throw new Error(`gave up waiting ${ms / 1000} s for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return true
}

/**
 * The real server as the reference target; with `outages`, one whose etcd the outage steps kill and
 * restart, found through its run folder (given, or found from the port). Throws when there is none.
 * `etcdUrl`: where a sequence's `given` state is put (decision 0035).
 */
export function openReference(
  baseUrl: string,
  options: { outages: boolean; runFolder?: string | undefined; etcdUrl?: string | undefined },
): Target {
  const { outages, runFolder, etcdUrl } = options
  if (!outages) return openRealTarget(baseUrl, 'real', { etcdUrl })
  const folder = runFolder ?? findRunFolder(baseUrl)
  if (!folder)
    throw new Error(
      `--etcd-faults: no run folder of ${baseUrl} (run.sh's yr-realserver-run.PORT.*) found: give --real-run DIR, or --no-etcd-faults`,
    )
  const etcd = new RealEtcd(folder, baseUrl)
  const target = openRealTarget(baseUrl, 'real', {
    etcdUrl,
    timeoutMs: () => (etcd.isDown ? OUTAGE_TIMEOUT_MS : undefined),
  })
  return withRealEtcd(target, etcd)
}
