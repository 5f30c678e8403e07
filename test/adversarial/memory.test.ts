import { readFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { type CliProcess, spawnCli, waitForUrl } from '../support/cli-process.js'

// Issue 23, finding 1: the journal kept whole request bodies (the 64 KiB cut happened only when an
// entry was read): 1 MiB bodies in 5 sessions grew RSS ~1 GB a session until the heap ran out. Bodies
// are now cut when recorded, and every session's journal draws from one byte budget, oldest first.

const MiB = 1024 * 1024
const REQUESTS = 1000
const SESSIONS = 100

const RSS_BOUND = 300 * MiB

/** The resident size of a process, from /proc (Linux), in bytes; 0 once it is gone. */
function residentBytes(pid: number): number {
  try {
    const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return Number(line?.[1] ?? 0) * 1024
  } catch {
    return 0
  }
}

interface Sent {
  readonly path: string
  readonly body: Buffer
  /** Send without Content-Length: chunked. */
  readonly chunked: boolean
}

/** One request on `agent`: its status, or 'reset' when the server closed before answering. */
function send(url: string, agent: Agent, session: string, sent: Sent): Promise<number | 'reset'> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = {
      'x-mock-session': session,
      'content-type': 'application/json',
    }
    if (!sent.chunked) headers['content-length'] = sent.body.length
    const call = request(
      `${url}${sent.path}`,
      { method: sent.path === FUNCTIONS ? 'POST' : 'PUT', agent, headers },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
        response.on('error', () => resolve('reset'))
      },
    )
    call.on('error', () => resolve('reset'))
    if (sent.chunked) {
      call.write(sent.body.subarray(0, sent.body.length >> 1))
      call.end(sent.body.subarray(sent.body.length >> 1))
    } else call.end(sent.body)
  })
}

const FUNCTIONS = '/serverless/v1/functions'

/**
 * Bodies just under the 1 MiB limit (a function body with a long description, read and refused by
 * the route; a body a 404 route never reads) and just over it (announced, chunked: the fake's 413).
 * Session `mem-k` gets kind `k % 4` only (100 sessions, 4 kinds).
 */
function toSent(n: number): Sent {
  const under = MiB - 64
  const over = MiB + 64
  switch (n % 4) {
    case 0: {
      const json = Buffer.alloc(under, 0x61)
      json.write(`{"name":"f${n}","runtime":"python3.9","description":"`)
      json.write('"}', under - 2)
      return { path: FUNCTIONS, body: json, chunked: false }
    }
    case 1:
      return { path: `/nothing/${n}`, body: Buffer.alloc(under, 0x62), chunked: false }
    case 2:
      return { path: FUNCTIONS, body: Buffer.alloc(over, 0x63), chunked: false }
    default:
      return { path: FUNCTIONS, body: Buffer.alloc(over, 0x64), chunked: true }
  }
}

/** What each kind must be answered (a chunked body over the limit may also see its connection closed). */
const EXPECTED: Record<string, readonly string[]> = {
  '0': ['400'],
  '1': ['404'],
  '2': ['413'],
  '3': ['413', 'reset'],
}

describe('issue 23 finding 1: 1,000 bodies of 1 MiB over 100 sessions, on the built CLI', () => {
  let cli: CliProcess
  let url: string
  beforeAll(async () => {
    cli = spawnCli(['--port', '0', '--log-level', 'error', '--no-parent-watch'])
    url = await waitForUrl(cli)
  })
  afterAll(async () => {
    if (cli.child.exitCode === null) {
      cli.child.kill('SIGKILL')
      await cli.exited
    }
  })

  it('keeps RSS under 300 MiB and the process alive, and its journal totals say what was dropped', async () => {
    const pid = cli.child.pid as number
    let peak = residentBytes(pid)
    const sampler = setInterval(() => {
      peak = Math.max(peak, residentBytes(pid))
    }, 20)
    const agent = new Agent({ keepAlive: true, maxSockets: 4 })
    const statuses = new Map<string, number>()
    try {
      let next = 0
      const worker = async () => {
        // Bounded: 1,000 requests, and none more once the bound is passed or the process is gone.
        for (let n = next++; n < REQUESTS && peak < RSS_BOUND && cli.child.exitCode === null; n = next++) {
          const status = await send(url, agent, `mem-${n % SESSIONS}`, toSent(n))
          const key = `${n % 4}:${status}`
          statuses.set(key, (statuses.get(key) ?? 0) + 1)
        }
      }
      await Promise.all([worker(), worker(), worker(), worker()])
    } finally {
      clearInterval(sampler)
      agent.destroy()
    }
    peak = Math.max(peak, residentBytes(pid))
    console.info(
      `RSS peak ${(peak / MiB).toFixed(1)} MiB; answers ${JSON.stringify(Object.fromEntries(statuses))}`,
    )
    expect(cli.child.exitCode).toBeNull()
    expect(peak).toBeLessThan(RSS_BOUND)
    expect([...statuses.values()].reduce((sum, count) => sum + count, 0)).toBe(REQUESTS)
    expect((await fetch(`${url}/healthz`)).status).toBe(200)
    // Within the limit: answered by the routes; over it: the fake's 413.
    for (const key of statuses.keys()) {
      const [kind = '', status = ''] = key.split(':')
      expect(EXPECTED[kind], key).toContain(status)
    }
    const health = (await (await fetch(`${url}/__admin/health`)).json()) as {
      journal: Record<string, unknown>
    }
    console.info(`journal totals ${JSON.stringify(health.journal)}`)
    expect(health.journal).toMatchObject({ maxBytes: 64 * MiB, maxBodyBytes: 64 * 1024, bodiesCut: REQUESTS })
    expect(health.journal.bodyBytesCut).toBeGreaterThan(REQUESTS * (MiB - 64 * 1024) * 0.9)
    expect(health.journal.bytes).toBeLessThanOrEqual(64 * MiB)
    const journalOf = async (session: string) =>
      (
        (await (await fetch(`${url}/__admin/requests?session=${session}`)).json()) as {
          requests: Array<{ body: string; bodyCut?: { bytes: number | null } }>
        }
      ).requests
    const under = await journalOf('mem-1')
    expect(under).toHaveLength(REQUESTS / SESSIONS)
    expect(under[0]?.body).toBe('b'.repeat(64 * 1024))
    expect(under[0]?.bodyCut).toEqual({ bytes: MiB - 64 })
    const announced = await journalOf('mem-2')
    expect(announced[0]).toMatchObject({ body: '', bodyCut: { bytes: MiB + 64 } })
    const chunked = await journalOf('mem-3')
    expect(chunked[0]?.bodyCut).toEqual({ bytes: null })
    expect(chunked[0]?.body.length).toBeLessThanOrEqual(64 * 1024)
  }, 300_000)
})

describe('issue 23 finding 1: the byte budget every session shares', () => {
  const put = (service: ReturnType<typeof createMetaService>, session: string, n: number) =>
    service.fetch(
      new Request(`http://fake.test/nothing/${n}`, {
        method: 'PUT',
        headers: { 'x-mock-session': session },
        body: 'z'.repeat(100 * 1024),
      }),
    )

  it('cuts each body at 64 KiB when recorded, saying so and the whole size', async () => {
    const service = createMetaService({ functions: 0 })
    await put(service, 'cut', 1)
    const [entry] = service.journal.find({}, { session: 'cut' })
    expect(entry?.body).toBe('z'.repeat(64 * 1024))
    expect(entry?.bodyCut).toEqual({ bytes: 100 * 1024 })
  })

  it('drops the oldest entries of any session first, and counts what it dropped', async () => {
    const service = createMetaService({ functions: 0, journalBytes: 1 * MiB })
    for (let n = 0; n < 40; n++) await put(service, `s${n % 4}`, n)
    const totals = service.engine.journalTotals
    expect(totals.bytes).toBeLessThanOrEqual(MiB)
    expect(totals.entries).toBe(15)
    expect(totals.dropped).toEqual({ overEntryLimit: 0, overByteBudget: 25, tooLargeToKeep: 0 })
    // The 15 newest (ids 26..40) are kept, whichever session they are in.
    const kept = ['s0', 's1', 's2', 's3'].flatMap((session) => service.journal.find({}, { session }))
    expect(kept.map((entry) => entry.id).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 15 }, (_, index) => 26 + index),
    )
    const answer = await service.fetch(new Request('http://fake.test/__admin/requests?session=s0'))
    expect(((await answer.json()) as { journal: unknown }).journal).toMatchObject({
      dropped: { overEntryLimit: 0, overByteBudget: 7 },
    })
  })
})
