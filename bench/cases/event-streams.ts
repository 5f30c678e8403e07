import { request } from 'node:http'
import type { BenchConfig } from '../lib/bench-config.js'
import type { FullPage } from '../lib/full-page.js'
import { type ReportRow, toRatioRow } from '../lib/report.js'
import { startFake } from '../lib/servers.js'
import { alternate } from '../lib/side-by-side.js'
import { runWrk } from '../lib/wrk.js'

/** Streams opened at once while a burst runs (the fake serves at most 16). */
const AT_ONCE = 8
/** Streams every fake but the untouched one sees before the first round: V8's feedback from the route. */
const WARM_STREAMS = 16

/**
 * Event streams release everything: fakes side by side, one of which has 2,000 dashboard event
 * streams opened and closed before each of its rounds; the full page's throughput of that one against
 * one warmed the same way (16 streams before its first round) and never again. A closed stream that
 * leaves something behind (a listener, a timer holding its buffers) shows as a lower ratio.
 *
 * Why the warmed fake is the baseline: the first stream costs the page ~5 % for good, and so does the
 * first request of any other client. V8 bails out of the shared code it optimised for the one request
 * wrk sends (the HTTP parser, the request adaptor, Hono's dispatch, the response writer) and optimises
 * it again for both shapes (decision 0047). That is V8's type feedback, not something a stream keeps,
 * and an untouched fake has never seen it; the untouched fake's ratio is reported beside, unjudged.
 */
export async function benchEventStreams(config: BenchConfig, page: FullPage): Promise<ReportRow[]> {
  const streams = config.smoke ? 40 : 2000
  const [untouched, warmed, streamed] = await Promise.all([
    startFake(config),
    startFake(config),
    startFake(config),
  ])
  try {
    await Promise.all([
      openAndCloseStreams(warmed.url, WARM_STREAMS),
      openAndCloseStreams(streamed.url, WARM_STREAMS),
    ])
    const load = async (url: string) => {
      const result = await runWrk(`${url}${page.path}`, {
        seconds: config.loadSeconds,
        headers: page.headers,
      })
      if (result.errors > 0) throw new Error(`the load run saw ${result.errors} errors or non-2xx answers`)
      return result.rps
    }
    const runs = await alternate(config.rounds, {
      untouched: () => load(untouched.url),
      warmed: () => load(warmed.url),
      streamed: async () => {
        await openAndCloseStreams(streamed.url, streams)
        return load(streamed.url)
      },
    })
    const measure = `full page after ${streams.toLocaleString('en')} \`/__admin/ui/events\` streams opened and closed (before each round), wrk -t1 -c16, req/s`
    return [
      toRatioRow({
        goal: '8 event streams',
        measure,
        fake: runs.streamed,
        base: runs.warmed,
        baseLabel: `the same fake after ${WARM_STREAMS} streams before its first round only, side by side`,
        op: '>=',
        target: 0.95,
      }),
      {
        ...toRatioRow({
          goal: '8 event streams',
          measure: `${measure}, against a fake that never saw a stream (V8's feedback included; not judged)`,
          fake: runs.streamed,
          base: runs.untouched,
          baseLabel: 'the same fake untouched, side by side',
          op: '>=',
          target: 0.95,
        }),
        met: undefined,
      },
    ]
  } finally {
    await Promise.all([untouched.stop(), warmed.stop(), streamed.stop()])
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
