import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createMetaService } from '../../src/index.js'
import { parseScenarioText } from '../../src/scenarios/parse-scenario.js'
import type { CliProcess } from '../support/cli-process.js'

/**
 * A directory whose writes can be made to fail, as a full disk does: a 64 KiB tmpfs where this process
 * may mount one (root, as in this project's sandbox), which big enough writes fill; else, for a user
 * other than root, a directory made read-only (root ignores permission bits). `fill()` makes writes fail
 * from then on (a no-op on the tmpfs: the writes themselves fill it); `reason` is how the fake says it.
 */
export interface FullDisk {
  readonly kind: 'a 64 KiB tmpfs' | 'a read-only directory'
  readonly dir: string
  readonly reason: string
  fill(): void
  remove(): void
}

/** Mounts a 64 KiB tmpfs, or answers undefined where the machine does not allow it. */
function mountTinyDisk(): FullDisk | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'yr-tiny-disk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' })
  } catch {
    rmSync(dir, { recursive: true, force: true })
    return undefined
  }
  return {
    kind: 'a 64 KiB tmpfs',
    dir,
    reason: 'no space left on the device',
    fill() {},
    remove() {
      execFileSync('umount', [dir], { stdio: 'ignore' })
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function readOnlyDirectory(): FullDisk {
  const dir = mkdtempSync(join(tmpdir(), 'yr-read-only-'))
  return {
    kind: 'a read-only directory',
    dir,
    reason: 'no permission to write in its directory',
    fill: () => chmodSync(dir, 0o500),
    remove() {
      chmodSync(dir, 0o700)
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

const IS_ROOT = process.getuid?.() === 0

/** How this machine lets a test fill a disk: probed once, so the tests can say which (or why none). */
export const FULL_DISK_KIND: FullDisk['kind'] | undefined = (() => {
  const disk = mountTinyDisk()
  disk?.remove()
  if (disk) return disk.kind
  return IS_ROOT ? undefined : 'a read-only directory'
})()

/** A new disk of the kind this machine allows (call only when `FULL_DISK_KIND` is set). */
export function makeFullDisk(): FullDisk {
  return FULL_DISK_KIND === 'a 64 KiB tmpfs' ? (mountTinyDisk() as FullDisk) : readOnlyDirectory()
}

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
