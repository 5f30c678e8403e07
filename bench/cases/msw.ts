import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { createMetaService } from '../../src/index.js'
import { createHandlers } from '../../src/msw/index.js'
import type { BenchConfig } from '../lib/bench-config.js'
import type { ReportRow } from '../lib/report.js'
import { VERSIONS_PATH } from '../lib/servers.js'
import { median, ratio, spread } from '../lib/stats.js'

const BASE = 'http://meta.bench.test'

/** Goal 6: a versions request through MSW against a hand-written handler returning the same JSON. */
export async function benchMsw(config: BenchConfig): Promise<ReportRow[]> {
  const service = createMetaService()
  const body = await (await service.app.request(VERSIONS_PATH)).text()
  const handWritten = [
    http.get(
      `${BASE}/serverless/v1/functions/:name/versions`,
      () =>
        new HttpResponse(body, {
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
    ),
  ]
  const fake: number[] = []
  const hand: number[] = []
  for (let round = 0; round < config.rounds; round++) {
    fake.push(await perRequestUs(createHandlers(service, { baseUrl: BASE }), config.latencyRequests))
    hand.push(await perRequestUs(handWritten, config.latencyRequests))
  }
  return [
    {
      goal: '6 in-process',
      measure: 'versions request through MSW, µs per request (median; spread)',
      value: `${median(fake).toFixed(0)} (${spread(fake, 0)})`,
      baseline: `${median(hand).toFixed(0)} hand-written handler (${spread(hand, 0)})`,
      ratio: ratio(median(fake), median(hand)),
      target: '≤ 1.50',
      met: median(fake) / median(hand) <= 1.5,
    },
  ]
}

async function perRequestUs(handlers: Parameters<typeof setupServer>, count: number): Promise<number> {
  const server = setupServer(...handlers)
  server.listen({ onUnhandledRequest: 'error' })
  try {
    for (let n = 0; n < 50; n++) await (await fetch(`${BASE}${VERSIONS_PATH}`)).text()
    const started = performance.now()
    for (let n = 0; n < count; n++) await (await fetch(`${BASE}${VERSIONS_PATH}`)).text()
    return ((performance.now() - started) * 1000) / count
  } finally {
    server.close()
  }
}
