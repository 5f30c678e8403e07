import { Agent, request } from 'node:http'
import autocannon from 'autocannon'

/** Throughput and tail latency of one bounded load run against one URL. */
export interface LoadResult {
  readonly rps: number
  readonly p99Ms: number
  readonly errors: number
}

/** Runs autocannon (loopback, bounded in time) and checks that every answer was a 2xx. */
export async function runLoad(
  url: string,
  seconds: number,
  connections = 10,
  headers: Readonly<Record<string, string>> = {},
): Promise<LoadResult> {
  const result = await autocannon({ url, duration: seconds, connections, headers })
  return { rps: result.requests.average, p99Ms: result.latency.p99, errors: result.errors + result.non2xx }
}

/** Median time of `count` sequential requests over one keep-alive connection, in microseconds. */
export async function measureLatencyUs(
  url: string,
  count: number,
  headers: Readonly<Record<string, string>> = {},
): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const times: number[] = []
  try {
    for (let n = 0; n < count; n++) {
      const started = performance.now()
      const status = await get(url, agent, headers)
      times.push((performance.now() - started) * 1000)
      if (status !== 200) throw new Error(`${url} answered ${status}`)
    }
  } finally {
    agent.destroy()
  }
  return times
}

function get(url: string, agent: Agent, headers: Readonly<Record<string, string>>): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { agent, headers }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
      .on('error', reject)
      .end()
  })
}
