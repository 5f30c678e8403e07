import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createMetaService } from '../../src/index.js'
import { parseScenarioText } from '../../src/scenarios/parse-scenario.js'
import type { CliProcess } from '../support/cli-process.js'

/** A disk of 64 KiB: a tmpfs (needs root and the right to mount, as in this project's sandbox). */
export interface TinyDisk {
  readonly dir: string
  remove(): void
}

/** Mounts a 64 KiB tmpfs, or answers undefined where the machine does not allow it. */
export function mountTinyDisk(): TinyDisk | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'yr-tiny-disk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' })
  } catch {
    rmSync(dir, { recursive: true, force: true })
    return undefined
  }
  return {
    dir,
    remove() {
      execFileSync('umount', [dir], { stdio: 'ignore' })
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Whether a tiny disk can be mounted here: probed once, so a test can say why it does not run. */
export const CAN_MOUNT_TINY_DISK = (() => {
  const disk = mountTinyDisk()
  disk?.remove()
  return disk !== undefined
})()

/** Temp files a failed or killed write left in a directory (`.name.pid.n.tmp`). */
export function leftoverTempFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.tmp'))
}

/**
 * An upstream on 127.0.0.1 that answers any request 200 with a JSON body of `?size=` bytes (default
 * 200) naming the request's path and its place: each answer is told apart, and its size is chosen.
 */
export async function startSizedUpstream(): Promise<{ url: string; server: Server }> {
  let served = 0
  const server = createServer((request, response) => {
    request.resume()
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://upstream')
      const size = Number(url.searchParams.get('size') ?? 200)
      const head = JSON.stringify({ path: url.pathname, n: ++served, pad: '' })
      const body = `${head.slice(0, -2)}${'x'.repeat(Math.max(0, size - head.length))}"}`
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      response.end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

/** Waits (bounded) until `check` holds; returns whether it did. */
export async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (check()) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return check()
}

/** The process's exit, or 'still running' once `timeoutMs` has passed. */
export function exitWithin(cli: CliProcess, timeoutMs: number): Promise<number | string> {
  return Promise.race([
    cli.exited,
    new Promise<string>((resolve) => setTimeout(() => resolve('still running'), timeoutMs).unref()),
  ])
}

interface RecordedRule {
  readonly respond: { readonly status: number; readonly body: string }
  readonly recorded: {
    readonly method: string
    readonly path: string
    readonly headers: Readonly<Record<string, string>>
    readonly body?: string
    readonly position: number
  }
}

/**
 * Loads a recorded fixture's text as a scenario (a fake that fails to load it throws), sends each
 * recorded request again in the recorded order, and gives the answers beside the recorded ones.
 */
export async function replayRecording(text: string, source: string) {
  const scenario = parseScenarioText(text, source, 'replayed')
  const fake = createMetaService({ logLevel: 'silent', scenarios: [scenario], scenario: scenario.name })
  const rules = (JSON.parse(text) as { rules: RecordedRule[] }).rules
  const inOrder = [...rules].sort((a, b) => a.recorded.position - b.recorded.position)
  const replayed: Array<{ status: number; body: string }> = []
  for (const { recorded } of inOrder) {
    const { method, path, headers, body } = recorded
    const request = new Request(`http://replay.test${path}`, { method, headers, body })
    const answer = await fake.fetch(request, { body })
    replayed.push({ status: answer.status, body: await answer.text() })
  }
  const expected = inOrder.map(({ respond }) => ({ status: respond.status, body: respond.body }))
  return { replayed, expected }
}
