/** Shell blocks: bash with `set -euo pipefail`, in the sandbox, against the shared fake when asked. */
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import type { DocBlock } from './doc-blocks.js'
import { killGroup, runProcess } from './run-process.js'
import type { Sandbox } from './sandbox.js'

/** The port the docs write (the fake's default); a `server` block's is the shared fake's. */
const DOCS_PORT = /(127\.0\.0\.1|localhost):31182|--port 31182/g

export function withPort(body: string, port: number): string {
  return body.replace(DOCS_PORT, (found) =>
    found.startsWith('--port') ? `--port ${port}` : `127.0.0.1:${port}`,
  )
}

export async function runShellBlock(block: DocBlock, sandbox: Sandbox, port?: number): Promise<string> {
  const script = port === undefined ? block.body : withPort(block.body, port)
  const { code, output } = await runProcess('bash', ['-euo', 'pipefail', '-c', script], {
    cwd: sandbox.dir,
    env: sandbox.env,
    timeoutMs: 20_000,
  })
  if (code !== 0) throw new Error(`${block.where}: the block exited with ${code}:\n${output}`)
  return output
}

/**
 * A block that starts a fake and keeps it running (until Ctrl-C): it passes when the fake prints its
 * ready line, on a free port instead of 31182; then its process group is stopped.
 */
export async function runUntilListening(block: DocBlock, sandbox: Sandbox): Promise<void> {
  await (await startUntilListening(block, sandbox)).stop()
}

/** A fake a block started, still running: its port, and Ctrl-C (resolves once every process is gone). */
export interface RunningFake {
  readonly port: number
  stop(): Promise<void>
}

/** Starts a block that starts a fake, on a free port instead of 31182, and resolves on its ready line. */
export async function startUntilListening(block: DocBlock, sandbox: Sandbox): Promise<RunningFake> {
  const port = await freePort()
  const child = spawn('bash', ['-euo', 'pipefail', '-c', withPort(block.body, port)], {
    cwd: sandbox.dir,
    env: sandbox.env,
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
  const stop = () => stopGroup(child.pid)
  const deadline = Date.now() + 15_000
  while (!output.includes('"event":"listening"')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`${block.where}: no fake started (exit ${child.exitCode}):\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return { port, stop }
}

/**
 * Ctrl-C to the group, then waits until none of it is left: npx exits before the fake it started
 * has finished stopping, and what a fake writes on exit (a --record file) is read by later blocks.
 */
async function stopGroup(pid: number | undefined): Promise<void> {
  killGroup(pid)
  if (pid === undefined) return
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    try {
      process.kill(-pid, 0)
    } catch {
      return // no process of the group is left
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`the processes of group ${pid} did not stop within 10 s of SIGTERM`)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}
