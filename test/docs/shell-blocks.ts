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
  const script = withPort(block.body, await freePort())
  const child = spawn('bash', ['-euo', 'pipefail', '-c', script], {
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
  const deadline = Date.now() + 15_000
  try {
    while (!output.includes('"event":"listening"')) {
      if (child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`${block.where}: no fake started (exit ${child.exitCode}):\n${output}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  } finally {
    killGroup(child.pid)
  }
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
