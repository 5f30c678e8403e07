import { request } from 'node:http'
import type { BenchConfig } from '../lib/bench-config.js'
import type { FullPage } from '../lib/full-page.js'
import { type ReportRow, toRatioRow } from '../lib/report.js'
import { startFake } from '../lib/servers.js'
import { alternate } from '../lib/side-by-side.js'
import { runWrk } from '../lib/wrk.js'

/** Streams opened at once while a burst runs (the fake serves at most 16). */
const AT_ONCE = 8

/**
 * Event streams release everything: two fakes side by side, one of which has just had 2,000
 * dashboard event streams opened and closed before each of its rounds; the full page's throughput of
 * that one against the untouched one. A closed stream that leaves something behind (a listener, a
 * timer holding its buffers) shows as a lower ratio.
 */
export async function benchEventStreams(config: BenchConfig, page: FullPage): Promise<ReportRow[]> {
  const streams = config.smoke ? 40 : 2000
  const [fresh, streamed] = await Promise.all([startFake(config), startFake(config)])
  try {
    const load = async (url: string) => {
      const result = await runWrk(`${url}${page.path}`, {
        seconds: config.loadSeconds,
        headers: page.headers,
      })
      if (result.errors > 0) throw new Error(`the load run saw ${result.errors} errors or non-2xx answers`)
      return result.rps
    }
    const runs = await alternate(config.rounds, {
      fresh: () => load(fresh.url),
      streamed: async () => {
        await openAndCloseStreams(streamed.url, streams)
        return load(streamed.url)
      },
    })
    return [
      toRatioRow({
        goal: '8 event streams',
        measure: `full page after ${streams.toLocaleString('en')} \`/__admin/ui/events\` streams opened and closed (before each round), wrk -t1 -c16, req/s`,
        fake: runs.streamed,
        base: runs.fresh,
        baseLabel: 'the same fake without streams, side by side',
        op: '>=',
        target: 0.95,
      }),
    ]
  } finally {
    await Promise.all([fresh.stop(), streamed.stop()])
  }
}

/** Opens `count` event streams, `AT_ONCE` at a time; each is closed once its first event arrives. */
async function openAndCloseStreams(url: string, count: number): Promise<void> {
  for (let opened = 0; opened < count; opened += AT_ONCE) {
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, count - opened) }, () => openAndClose(url)))
  }
}

function openAndClose(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const call = request(`${url}/__admin/ui/events`, (response) => {
      if (response.statusCode !== 200) {
        call.destroy()
        reject(new Error(`/__admin/ui/events answered ${response.statusCode}`))
        return
      }
      response.once('data', () => {
        call.destroy()
        resolve()
      })
    })
    // destroying the request after its first event is how it closes: that error is the expected end
    call.on('error', (error) => (call.destroyed ? resolve() : reject(error)))
    call.end()
  })
}
