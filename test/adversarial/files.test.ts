/**
 * Files the fake writes survive what a careless user and a hostile machine do (issue 23, findings 6
 * and 12): a kill in the middle of a recording, a full disk, a directory that is not there. Each runs
 * the built CLI against an upstream on 127.0.0.1. A full disk is a 64 KiB tmpfs where this process may
 * mount one; else, not as root, a directory made read-only; else (root without the right to mount)
 * those tests are skipped, and the describe's name says which it used.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../src/node/start-server.js'
import { type CliProcess, spawnCli, waitForReady } from '../support/cli-process.js'
import {
  exitWithin,
  FULL_DISK_KIND,
  type FullDisk,
  leftoverTempFiles,
  makeFullDisk,
  replayRecording,
  startSizedUpstream,
  waitUntil,
} from './files-support.js'

const running: CliProcess[] = []
const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cli of running.splice(0)) if (cli.child.exitCode === null) cli.child.kill('SIGKILL')
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
})

function start(args: string[]): CliProcess {
  const cli = spawnCli(args)
  running.push(cli)
  return cli
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yr-files-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

function fullDisk(): FullDisk {
  const disk = makeFullDisk()
  cleanups.push(() => disk.remove())
  return disk
}

async function sizedUpstream(): Promise<string> {
  const { url, server } = await startSizedUpstream()
  cleanups.push(() => (server as Server).close())
  return url
}

/** The rules of a recorded file, or -1 while it is missing or not (yet) whole JSON. */
function rulesIn(file: string): number {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { rules: unknown[] }).rules.length
  } catch {
    return -1
  }
}

const EARLIER = `${JSON.stringify({ name: 'earlier', description: 'a good recording from before', rules: [] }, null, 2)}\n`

describe('--record under a kill', () => {
  it('leaves a valid fixture of what it had recorded when killed with SIGKILL mid-traffic', async () => {
    const dir = tempDir()
    const file = join(dir, 'killed.json')
    const cli = start(['--port', '0', '--proxy', await sizedUpstream(), '--record', file])
    const { url } = await waitForReady(cli)
    // Traffic goes on while the process is killed: a write may be under way at that moment.
    let sending = true
    const traffic = (async () => {
      for (let n = 0; sending && n < 2000; n++)
        await fetch(`${url}/serverless/v1/functions/f${n % 7}?size=${500 + n}`, {
          headers: { 'x-tenant-id': 'kill' },
        }).then(
          (answer) => answer.text(),
          () => '',
        )
    })()
    const written = await waitUntil(() => rulesIn(file) >= 20)
    cli.child.kill('SIGKILL')
    sending = false
    await traffic
    expect(await cli.exited).toBe('SIGKILL')
    expect(written).toBe(true)
    const text = readFileSync(file, 'utf8')
    const { replayed, expected } = await replayRecording(text, file)
    expect(replayed.length).toBeGreaterThanOrEqual(20)
    expect(replayed).toEqual(expected)
  })
})

describe('--record on a path it cannot write', () => {
  it('refuses a missing directory at start: exit 1 before serving, naming the file', async () => {
    const file = join(tempDir(), 'no-such-dir', 'flow.json')
    const cli = start(['--port', '0', '--proxy', 'http://127.0.0.1:9', '--record', file])
    expect(await exitWithin(cli, 10_000)).toBe(1)
    expect(cli.stdout()).toBe('')
    expect(cli.stderr()).toContain(file)
    expect(cli.stderr()).toContain('does not exist')
  })

  it('refuses a directory as the file at start', async () => {
    const file = join(tempDir(), 'a-directory.json')
    mkdirSync(file)
    const cli = start(['--port', '0', '--proxy', 'http://127.0.0.1:9', '--record', file])
    expect(await exitWithin(cli, 10_000)).toBe(1)
    expect(cli.stdout()).toBe('')
    expect(cli.stderr()).toContain(`could not write ${file}: it is a directory`)
  })
})

describe.skipIf(FULL_DISK_KIND === undefined)(
  `a full disk (${FULL_DISK_KIND ?? 'none here: root cannot mount'})`,
  () => {
    it('--record never replaces its last good file with a bad one, and exits 1 naming the file', async () => {
      const disk = fullDisk()
      const { dir } = disk
      const file = join(dir, 'flow.json')
      writeFileSync(file, EARLIER)
      const cli = start(['--port', '0', '--proxy', await sizedUpstream(), '--record', file])
      const { url } = await waitForReady(cli)
      const send = (path: string, size: number) =>
        fetch(`${url}${path}?size=${size}`).then((answer) => answer.text())
      await send('/first', 20_000)
      expect(await waitUntil(() => rulesIn(file) === 1)).toBe(true)
      disk.fill()
      // Three more answers of 20 KB: on the tmpfs, the next fixture does not fit beside the last one.
      for (const path of ['/second', '/third', '/fourth']) await send(path, 20_000)
      expect(await waitUntil(() => cli.stderr().includes(disk.reason))).toBe(true)
      expect(rulesIn(file)).toBe(1)
      cli.child.kill('SIGTERM')
      expect(await exitWithin(cli, 10_000)).toBe(1)
      expect(cli.stderr()).toContain(`could not write ${file}: ${disk.reason}`)
      expect(rulesIn(file)).toBe(1)
      const { replayed, expected } = await replayRecording(readFileSync(file, 'utf8'), file)
      expect(replayed).toEqual(expected)
      expect(leftoverTempFiles(dir)).toEqual([])
    })

    it('import keeps the earlier file whole when the new one does not fit, and exits 1 naming it', async () => {
      const disk = fullDisk()
      const file = join(disk.dir, 'tenant.json')
      writeFileSync(file, EARLIER)
      disk.fill()
      // The default seed's tenant: 30 functions, ~200 records, a fixture well over 64 KiB.
      const source: RunningServer = await startServer({ port: 0, logLevel: 'silent' })
      cleanups.push(() => void source.close({ graceMs: 0 }))
      const tenant = '12345678901234561234567890123456'
      const cli = start(['import', '--from', source.url, '--tenant', tenant, '--out', file])
      expect(await exitWithin(cli, 60_000)).toBe(1)
      expect(readFileSync(file, 'utf8')).toBe(EARLIER)
      expect(cli.stderr()).toContain(`could not write ${file}: ${disk.reason}`)
      expect(leftoverTempFiles(disk.dir)).toEqual([])
    })
  },
)
