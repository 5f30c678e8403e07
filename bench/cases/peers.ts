import type { BenchConfig } from '../lib/bench-config.js'
import type { FullPage } from '../lib/full-page.js'
import { installPeers, PEERS_LIST } from '../lib/peer-servers.js'
import { type StartedServer, startServerProcess, treeRssMiB } from '../lib/processes.js'
import { type ReportRow, toRatioRow } from '../lib/report.js'
import { startFake } from '../lib/servers.js'
import { runWrk } from '../lib/wrk.js'

interface Figures {
  readonly rps: number
  readonly p99Ms: number
  readonly coldStartMs: number
  readonly startRssMiB: number
  readonly loadedRssMiB: number
}

/** Goal 5: the full page from json-server, Mockoon's CLI, WireMock and mockttp, side by side with the fake. */
export async function benchPeers(config: BenchConfig, page: FullPage): Promise<ReportRow[]> {
  installPeers()
  const probe = await startFake(config)
  const body = await (await fetch(`${probe.url}${page.path}`, { headers: page.headers })).text()
  await probe.stop()
  const rows: ReportRow[] = []
  for (const peer of PEERS_LIST) {
    const fake: Figures[] = []
    const other: Figures[] = []
    for (let round = 0; round < Math.min(3, config.rounds); round++) {
      fake.push(await measure(() => startFake(config), page, config))
      other.push(
        await measure(() => startServerProcess(peer.command(config, body, page.path), 120_000), page, config),
      )
    }
    rows.push(...toRows(peer.name, peer.bodyNote, fake, other))
  }
  return rows
}

async function measure(
  start: () => Promise<StartedServer>,
  page: FullPage,
  config: BenchConfig,
): Promise<Figures> {
  const server = await start()
  try {
    const startRssMiB = treeRssMiB(server.child.pid as number)
    const url = `${server.url}${page.path}`
    await runWrk(url, { seconds: 1, headers: page.headers }) // warm-up (JIT)
    const load = await runWrk(url, { seconds: config.loadSeconds, headers: page.headers })
    if (load.errors > 0) throw new Error(`${server.url}: ${load.errors} errors or non-2xx answers under load`)
    return {
      rps: load.rps,
      p99Ms: load.p99Ms,
      coldStartMs: server.coldStartMs,
      startRssMiB,
      loadedRssMiB: treeRssMiB(server.child.pid as number),
    }
  } finally {
    await server.stop()
  }
}

function toRows(name: string, note: string, fake: Figures[], peer: Figures[]): ReportRow[] {
  const row = (measure: string, key: keyof Figures, op: '>=' | '<=', digits = 0): ReportRow =>
    toRatioRow({
      goal: '5 peers',
      measure: `vs ${name}: ${measure}`,
      fake: fake.map((f) => f[key]),
      base: peer.map((f) => f[key]),
      baseLabel: name.split(' ')[0] as string,
      op,
      target: 1,
      digits,
    })
  return [
    row(`full page, wrk -t1 -c16, req/s (${note})`, 'rps', '>='),
    row('full page, wrk p99 ms', 'p99Ms', '<=', 2),
    row('cold start (spawn to first 200) ms', 'coldStartMs', '<='),
    row('resident MiB after start', 'startRssMiB', '<='),
    row('resident MiB after the load', 'loadedRssMiB', '<='),
  ]
}
