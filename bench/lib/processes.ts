import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/** A server process the harness started, and how long it took to answer its first request. */
export interface StartedServer {
  readonly url: string
  readonly child: ChildProcess
  readonly coldStartMs: number
  stop(): Promise<void>
}

/** What to run and where it answers once it is up. */
export interface ServerCommand {
  readonly command: string
  readonly args: readonly string[]
  readonly port: number
  /** A path that answers 200 once the server is ready. */
  readonly readyPath: string
  readonly cwd?: string
  readonly env?: Readonly<Record<string, string>>
  /** A file descriptor for the process's stdout (`--trace-gc` prints there); ignored otherwise. */
  readonly stdout?: number
}

/**
 * Spawns a server and polls (bounded, loopback only) until `readyPath` answers 200: the time from
 * spawn to that first 200 is the cold start.
 */
export async function startServerProcess(command: ServerCommand, timeoutMs = 60_000): Promise<StartedServer> {
  const started = performance.now()
  const child = spawn(command.command, [...command.args], {
    cwd: command.cwd,
    env: { ...process.env, ...command.env },
    stdio: ['ignore', command.stdout ?? 'ignore', 'pipe'],
    detached: true,
  })
  let stderr = ''
  child.stderr?.on('data', (chunk) => {
    stderr += chunk
  })
  const url = `http://127.0.0.1:${command.port}`
  const deadline = started + timeoutMs
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command.command} exited early: ${stderr}`)
    if (await answers200(`${url}${command.readyPath}`)) {
      const coldStartMs = performance.now() - started
      return { url, child, coldStartMs, stop: () => stopTree(child) }
    }
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  await stopTree(child)
  throw new Error(`${command.command} did not answer within ${timeoutMs} ms: ${stderr}`)
}

async function answers200(url: string): Promise<boolean> {
  try {
    const response = await fetch(url)
    await response.arrayBuffer()
    return response.status === 200
  } catch {
    return false
  }
}

/** Stops a process group (npx and java wrappers start children). */
function stopTree(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL')
      } catch {}
    }, 3000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    try {
      process.kill(-(child.pid as number), 'SIGTERM')
    } catch {
      resolve()
    }
  })
}

/** Resident memory of a process and all its descendants, in MiB (Linux /proc). */
export function treeRssMiB(pid: number): number {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {}
  }
  let total = 0
  const pending = [pid]
  while (pending.length > 0) {
    const current = pending.pop() as number
    total += rssKiB(current)
    pending.push(...(children.get(current) ?? []))
  }
  return total / 1024
}

function rssKiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  } catch {
    return 0
  }
}

// Below Linux's ephemeral range (32768–60999), so no client socket of a load run can hold one.
// BENCH_PORT_BASE: a range of one's own on a shared machine.
let nextPort = Number(process.env.BENCH_PORT_BASE) || 20_000 + Math.floor(Math.random() * 5000)
/** A loopback port for the next server (each server gets its own). */
export function takePort(): number {
  nextPort += 1
  return nextPort
}
