import { execFile } from 'node:child_process'
import type { LoadResult } from './load.js'

/** Where wrk is (Debian's package); the harness fails early with a clear message without it. */
export const WRK = process.env.WRK ?? '/usr/bin/wrk'

/** One wrk run: `-t1 -c<connections>`, bounded by `seconds` (and a kill a little after). */
export interface WrkOptions {
  readonly seconds: number
  readonly connections?: number
  readonly headers?: Readonly<Record<string, string>>
  /** A Lua script (a mixed workload); its environment is passed to wrk. */
  readonly script?: string
  readonly env?: Readonly<Record<string, string>>
}

/** What wrk printed, parsed: throughput, p99, and the requests that failed or were not 2xx/3xx. */
export interface WrkResult extends LoadResult {
  /** The median latency of wrk's `--latency` distribution. */
  readonly p50Ms: number
  readonly requests: number
  readonly seconds: number
  readonly socketErrors: number
  readonly non2xx: number
  /** The lines a Lua `done` hook printed after wrk's own summary. */
  readonly scriptLines: readonly string[]
}

/** Runs wrk on one URL with `--latency` and parses its summary. */
export function runWrk(url: string, options: WrkOptions): Promise<WrkResult> {
  const args = ['-t1', `-c${options.connections ?? 16}`, `-d${options.seconds}s`, '--latency']
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}: ${value}`)
  if (options.script) args.push('-s', options.script)
  args.push(url)
  return new Promise((resolve, reject) => {
    execFile(
      WRK,
      args,
      { timeout: (options.seconds + 15) * 1000, env: { ...process.env, ...options.env } },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`wrk ${args.join(' ')}: ${error.message} ${stderr}`))
        else resolve(parseWrkOutput(stdout))
      },
    )
  })
}

/** Parses wrk 4's `--latency` summary (exported for the harness's own check). */
export function parseWrkOutput(text: string): WrkResult {
  const requests = /(\d+) requests in ([\d.]+)(us|ms|s|m)/.exec(text)
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(text)
  const p50 = /^\s+50%\s+([\d.]+)(us|ms|s)/m.exec(text)
  const p99 = /^\s+99%\s+([\d.]+)(us|ms|s)/m.exec(text)
  if (!requests || !rps || !p50 || !p99) throw new Error(`unexpected wrk output:\n${text}`)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text)
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(text)?.[1] ?? 0)
  const summaryEnd = text.indexOf('\n', text.indexOf('Transfer/sec'))
  return {
    rps: Number(rps[1]),
    p50Ms: toMs(Number(p50[1]), p50[2] as string),
    p99Ms: toMs(Number(p99[1]), p99[2] as string),
    requests: Number(requests[1]),
    seconds: toMs(Number(requests[2]), requests[3] as string) / 1000,
    socketErrors,
    non2xx,
    errors: socketErrors + non2xx,
    scriptLines:
      summaryEnd < 0
        ? []
        : text
            .slice(summaryEnd + 1)
            .split('\n')
            .filter(Boolean),
  }
}

function toMs(value: number, unit: string): number {
  return value * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? Number.NaN)
}
