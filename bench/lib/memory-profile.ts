import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BenchConfig, BIG_FIRST_PAGE } from './bench-config.js'
import { groupHeapNodes, readHeapSnapshot } from './heap-snapshot.js'
import { type MemorySide, toMemoryMarkdown } from './memory-report.js'
import type { StartedServer } from './processes.js'
import { type FakeData, startFake } from './servers.js'
import { parseTraceGc } from './trace-gc.js'
import { runWrk } from './wrk.js'

/** A snapshot of a large store takes tens of seconds to write on a busy 2-core machine; never wait forever. */
const SNAPSHOT_TIMEOUT_MS = 180_000

/**
 * What the resident memory of the fake holds (goal 3): at the default seed right after start (where
 * json-server is 2 MiB smaller), and with the large data set (~100,000 records) after a wrk load of its
 * first page (the 250 MiB goal). Each fake runs with `--heapsnapshot-signal` and `--trace-gc`; the
 * resident size is read before the snapshot (writing one grows the process), the V8 heap's committed
 * and used sizes from the GC the snapshot starts with, and the live objects from the snapshot itself.
 */
export async function profileMemory(config: BenchConfig, loadSeconds: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-memory-'))
  try {
    const atStart = await snapshotFake(config, 'default', dir, async () => {})
    const big = await snapshotFake(config, 'big', dir, async (server) => {
      await runWrk(`${server.url}${BIG_FIRST_PAGE}`, { seconds: loadSeconds })
    })
    return toMemoryMarkdown([
      { ...atStart, label: 'default seed, right after start' },
      { ...big, label: `${big.records.toLocaleString('en')} records, after ${loadSeconds} s of wrk` },
    ])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Starts a fake in its own directory (where node writes the snapshot), loads it, and takes a snapshot. */
async function snapshotFake(
  config: BenchConfig,
  data: FakeData,
  dir: string,
  load: (server: StartedServer) => Promise<void>,
): Promise<Omit<MemorySide, 'label'>> {
  const cwd = join(dir, data)
  mkdirSync(cwd)
  const traceFile = join(cwd, 'trace-gc.txt')
  const fd = openSync(traceFile, 'w')
  let server: StartedServer
  try {
    const nodeFlags = ['--trace-gc', '--heapsnapshot-signal=SIGUSR2']
    server = await startFake(config, data, { nodeFlags, cwd, stdout: fd })
  } finally {
    closeSync(fd) // the child holds its own copy
  }
  const pid = server.child.pid as number
  let snapshotFile: string
  let records: number
  let resident: ResidentKiB
  try {
    records = await countRecords(server.url)
    await load(server)
    resident = readResidentKiB(pid)
    process.kill(pid, 'SIGUSR2')
    snapshotFile = await waitForSnapshot(cwd, server.url)
  } finally {
    await server.stop() // SIGTERM: node exits normally and flushes V8's buffered trace lines
  }
  // The snapshot starts with full GCs marked "heap profiler"; the first one's "before" is the heap as it was.
  const gc = parseTraceGc(readFileSync(traceFile, 'utf8')).find((event) => event.reason === 'heap profiler')
  if (!gc) throw new Error(`no "heap profiler" GC in ${traceFile}`)
  const heap = groupHeapNodes(readHeapSnapshot(snapshotFile))
  rmSync(snapshotFile)
  return {
    records,
    rssMiB: resident.rss / 1024,
    fileMiB: resident.file / 1024,
    anonMiB: resident.anon / 1024,
    heapCommittedMiB: gc.beforeCommittedMB,
    heapUsedMiB: gc.beforeMB,
    heap,
  }
}

interface ResidentKiB {
  readonly rss: number
  /** Pages mapped from files: node's binary and the shared libraries. */
  readonly file: number
  /** Anonymous pages: the V8 heap, malloc, buffers, stacks. */
  readonly anon: number
}

function readResidentKiB(pid: number): ResidentKiB {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN)
  return { rss: field('VmRSS'), file: field('RssFile'), anon: field('RssAnon') }
}

/**
 * The snapshot's file once it is whole: node writes it on the main thread, so once the file exists a
 * request answered means the writing is over.
 */
async function waitForSnapshot(cwd: string, url: string): Promise<string> {
  const deadline = performance.now() + SNAPSHOT_TIMEOUT_MS
  while (performance.now() < deadline) {
    const name = readdirSync(cwd).find((entry) => entry.endsWith('.heapsnapshot'))
    if (name) {
      await (
        await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(SNAPSHOT_TIMEOUT_MS) })
      ).arrayBuffer()
      return join(cwd, name)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no heap snapshot in ${cwd} after ${SNAPSHOT_TIMEOUT_MS} ms`)
}

async function countRecords(url: string): Promise<number> {
  const health = (await (await fetch(`${url}/__admin/health`)).json()) as { records: number }
  return health.records
}
