import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The built CLI, as `npm test` builds it before the tests run. */
export const CLI_PATH = fileURLToPath(new URL('../../dist/node/cli-bundle.js', import.meta.url))

/** A spawned CLI with its output collected. */
export interface CliProcess {
  readonly child: ChildProcess
  stdout(): string
  stderr(): string
  /** Resolves with the exit code (or signal name) once the process ends. */
  readonly exited: Promise<number | string>
}

/** Spawns the built CLI (stdin: 'pipe' keeps a pipe to its stdin open; env: its environment). */
export function spawnCli(
  args: readonly string[],
  options: { stdin?: 'ignore' | 'pipe'; env?: NodeJS.ProcessEnv } = {},
): CliProcess {
  const child = spawn(process.execPath, [CLI_PATH, ...args], {
    stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
    env: options.env ?? process.env,
  })
  let out = ''
  let err = ''
  child.stdout?.on('data', (chunk) => {
    out += chunk
  })
  child.stderr?.on('data', (chunk) => {
    err += chunk
  })
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1))
  })
  return { child, stdout: () => out, stderr: () => err, exited }
}

/** Waits (bounded) until the CLI prints its URL; fails with what it printed otherwise. */
export async function waitForUrl(cli: CliProcess, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const match = /listening on (https?:\/\/\S+)/.exec(cli.stdout())
    if (match?.[1]) return match[1]
    if (cli.child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`the CLI did not start: stdout=${cli.stdout()} stderr=${cli.stderr()}`)
}

/** Waits (bounded) until the CLI's stdout contains `text`: a banner is written line by line. */
export async function waitForOutput(cli: CliProcess, text: string, timeoutMs = 5_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !cli.stdout().includes(text)) {
    if (cli.child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return cli.stdout()
}

/** The CLI's first stdout line: one JSON object saying where it listens. */
export interface ReadyLine {
  readonly event: 'listening'
  readonly url: string
  readonly port: number
  readonly host: string
  readonly tls: boolean
  readonly certFile?: string
  readonly pid: number
  readonly version: string
}

/** Waits (bounded) for the CLI's first line and parses it. */
export async function waitForReady(cli: CliProcess, timeoutMs = 10_000): Promise<ReadyLine> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const newline = cli.stdout().indexOf('\n')
    if (newline >= 0) return JSON.parse(cli.stdout().slice(0, newline)) as ReadyLine
    if (cli.child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`the CLI did not start: stdout=${cli.stdout()} stderr=${cli.stderr()}`)
}
