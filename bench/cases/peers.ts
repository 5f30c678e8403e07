import type { BenchConfig } from '../lib/bench-config.js'
import { runLoad } from '../lib/load.js'
import { installPeers, PEERS_LIST } from '../lib/peer-servers.js'
import { type StartedServer, startServerProcess, treeRssMiB } from '../lib/processes.js'
import type { ReportRow } from '../lib/report.js'
import { startFake, VERSIONS_PATH } from '../lib/servers.js'
import { median, ratio } from '../lib/stats.js'

interface Figures {
  readonly rps: number
  readonly p99Ms: number
  readonly coldStartMs: number
  readonly rssMiB: number
}

/** Goal 7: the same endpoint and body from json-server, Mockoon's CLI and WireMock, side by side. */
export async function benchPeers(config: BenchConfig): Promise<ReportRow[]> {
  installPeers()
  const probe = await startFake(config)
  const body = await (await fetch(`${probe.url}${VERSIONS_PATH}`)).text()
  await probe.stop()
  const rows: ReportRow[] = []
  for (const peer of PEERS_LIST) {
    const fake: Figures[] = []
    const other: Figures[] = []
    for (let round = 0; round < Math.min(3, config.rounds); round++) {
      fake.push(await measure(() => startFake(config), config))
      other.push(await measure(() => startServerProcess(peer.command(config, body), 120_000), config))
    }
    rows.push(...toRows(peer.name, peer.bodyNote, summarize(fake), summarize(other)))
  }
  return rows
}

async function measure(start: () => Promise<StartedServer>, config: BenchConfig): Promise<Figures> {
  const server = await start()
  try {
    await runLoad(`${server.url}${VERSIONS_PATH}`, 1) // warm-up (JIT)
    const load = await runLoad(`${server.url}${VERSIONS_PATH}`, config.loadSeconds)
    if (load.errors > 0) throw new Error(`${server.url}: ${load.errors} errors or non-2xx answers under load`)
    return {
      rps: load.rps,
      p99Ms: load.p99Ms,
      coldStartMs: server.coldStartMs,
      rssMiB: treeRssMiB(server.child.pid as number),
    }
  } finally {
    await server.stop()
  }
}

function summarize(figures: Figures[]): Figures {
  return {
    rps: median(figures.map((f) => f.rps)),
    p99Ms: median(figures.map((f) => f.p99Ms)),
    coldStartMs: median(figures.map((f) => f.coldStartMs)),
    rssMiB: median(figures.map((f) => f.rssMiB)),
  }
}

function toRows(name: string, note: string, fake: Figures, peer: Figures): ReportRow[] {
  const row = (
    measure: string,
    value: number,
    base: number,
    digits: number,
    higherIsBetter: boolean,
  ): ReportRow => ({
    goal: '7 peers',
    measure: `vs ${name}: ${measure}`,
    value: value.toFixed(digits),
    baseline: `${base.toFixed(digits)} ${name.split(' ')[0]}`,
    ratio: ratio(value, base),
    target: higherIsBetter ? '> 1 (ahead)' : '≤ 1 (not behind)',
    met: higherIsBetter ? value > base : value <= base,
  })
  return [
    row(`req/s (${note})`, fake.rps, peer.rps, 0, true),
    row('p99 ms', fake.p99Ms, Math.max(peer.p99Ms, 0.5), 1, false),
    row('cold start ms', fake.coldStartMs, peer.coldStartMs, 0, false),
    row('resident MiB', fake.rssMiB, peer.rssMiB, 0, false),
  ]
}
