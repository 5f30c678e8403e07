import { Hono } from 'hono'
import type { RequestHandler } from 'msw'
import { createMetaService } from '../../src/index.js'
import { createHandlers } from '../../src/msw/index.js'
import type { BenchConfig } from '../lib/bench-config.js'
import type { FullPage } from '../lib/full-page.js'
import { handWrittenHandlers, MSW_BASE, withMswServer } from '../lib/msw-sides.js'
import { type ReportRow, toRatioRow } from '../lib/report.js'
import { alternate } from '../lib/side-by-side.js'

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' }

/** Goal 4: the full page in-process, through `app.request` and through MSW, against bare equivalents. */
export async function benchInProcess(config: BenchConfig, page: FullPage): Promise<ReportRow[]> {
  const service = createMetaService()
  await service.ready
  const bytes = new Uint8Array(
    await (await service.app.request(page.path, { headers: page.headers })).arrayBuffer(),
  )
  const bare = new Hono().get('*', () => new Response(bytes, { headers: JSON_TYPE }))
  const appRequest = await alternate(config.rounds, {
    fake: () =>
      perRequestUs(() => service.app.request(page.path, { headers: page.headers }), config.latencyRequests),
    bare: () =>
      perRequestUs(() => bare.request(page.path, { headers: page.headers }), config.latencyRequests),
  })
  const handWritten = handWrittenHandlers(bytes)
  const msw = await alternate(config.rounds, {
    fake: () => throughMsw(createHandlers(service, { baseUrl: MSW_BASE }), page, config.latencyRequests),
    hand: () => throughMsw(handWritten, page, config.latencyRequests),
  })
  const goal = '4 in-process'
  return [
    toRatioRow({
      goal,
      measure: 'full page through `app.request`, µs per request',
      fake: appRequest.fake,
      base: appRequest.bare,
      baseLabel: 'bare Hono `app.request`, same bytes',
      op: '<=',
      target: 1.2,
      digits: 1,
    }),
    toRatioRow({
      goal,
      measure: 'full page through MSW (`fetch`), µs per request',
      fake: msw.fake,
      base: msw.hand,
      baseLabel: 'hand-written MSW handler, same JSON',
      op: '<=',
      target: 1.2,
      digits: 0,
    }),
  ]
}

/** Mean µs per call of `count` sequential calls (after a warm-up), each body read whole. */
async function perRequestUs(send: () => Response | Promise<Response>, count: number): Promise<number> {
  const once = async () => {
    const response = await send()
    if (response.status !== 200) throw new Error(`in-process request answered ${response.status}`)
    await response.arrayBuffer()
  }
  for (let n = 0; n < 200; n++) await once()
  const started = performance.now()
  for (let n = 0; n < count; n++) await once()
  return ((performance.now() - started) * 1000) / count
}

function throughMsw(handlers: readonly RequestHandler[], page: FullPage, count: number): Promise<number> {
  return withMswServer(handlers, () =>
    perRequestUs(() => fetch(`${MSW_BASE}${page.path}`, { headers: page.headers }), count),
  )
}
