/** A child process run to its end with a bound: its exit code and everything it printed. */
import { spawn } from 'node:child_process'

export interface ProcessResult {
  readonly code: number | string
  readonly output: string
}

export function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    // Its own process group, so that a timeout ends what it started too (a fake, a go test binary).
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    const timer = setTimeout(() => {
      output += `\n[docs test] stopped after ${options.timeoutMs} ms`
      killGroup(child.pid)
    }, options.timeoutMs)
    child.once('error', (error) => {
      clearTimeout(timer)
      resolve({ code: 'spawn-error', output: `${output}${error.message}` })
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code: code ?? signal ?? -1, output })
    })
  })
}

/** Ends a process group started with `detached: true` (by its id: only what this test started). */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    // already gone
  }
}
