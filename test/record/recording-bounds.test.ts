/**
 * What a recording keeps (issue 23, findings 6 and 11): only answers the upstream gave, both bodies
 * whole, and no more bytes than its budget, counting what it skips and why.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { startServer } from '../../src/node/start-server.js'
import { runVerifyCommand } from '../../src/node/verify-command.js'
import { createUpstream, type SendUpstream } from '../../src/proxy/upstream.js'
import { recordingOf, startRecording } from '../../src/record/recording.js'
import { createProxyFake, createUpstreamFake, FUNCTIONS, UPSTREAM_URL } from './upstream-fake.js'

const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
  vi.restoreAllMocks()
})

/** A fake whose upstream answers with `send`. */
function proxyTo(send: SendUpstream, options: { bodyLimit?: number } = {}) {
  return createMetaService({
    logLevel: 'silent',
    upstream: createUpstream({ url: UPSTREAM_URL, send }),
    ...(options.bodyLimit === undefined ? {} : { config: { bodyLimit: options.bodyLimit } }),
  })
}

/** An upstream answering 200 with a body of `?size=` bytes of `x`. */
const sized: SendUpstream = async (url) =>
  new Response('x'.repeat(Number(new URL(url).searchParams.get('size'))), { status: 200 })

function get(path: string) {
  return new Request(`http://fake.test${path}`)
}

describe('a recording keeps only what the upstream answered', () => {
  it("skips the proxy's own 502 for an unreachable upstream, and counts it", async () => {
    const proxy = proxyTo(() => Promise.reject(new Error('ECONNREFUSED')))
    const recording = startRecording(proxy.engine)
    expect((await proxy.fetch(get(FUNCTIONS))).status).toBe(502)
    recording.stop()
    expect((await recording.toFixture()).rules).toEqual([])
    expect(recording.skippedBy).toMatchObject({ unreachable: 1 })
  })

  it("keeps each exchange's time window around the moment the upstream answered", async () => {
    const asked: number[] = []
    const proxy = proxyTo(async () => {
      asked.push(Date.now())
      await new Promise((resolve) => setTimeout(resolve, 5))
      return new Response('{}', { status: 200 })
    })
    const recording = startRecording(proxy.engine)
    const before = Date.now()
    await proxy.fetch(get(FUNCTIONS))
    const [exchange] = await recording.exchanges()
    const [start, end] = exchange?.window ?? [0, 0]
    expect(before).toBeLessThanOrEqual(start)
    expect(start).toBeLessThanOrEqual(asked[0] as number)
    expect(asked[0]).toBeLessThanOrEqual(end)
    expect(end).toBeLessThanOrEqual(Date.now())
  })

  it('records a 502 the upstream itself answered', async () => {
    const proxy = proxyTo(async () => new Response('{"message":"busy"}', { status: 502 }))
    const recording = startRecording(proxy.engine)
    await proxy.fetch(get(FUNCTIONS))
    const [rule] = (await recording.toFixture()).rules
    expect(rule?.respond).toMatchObject({ status: 502, body: '{"message":"busy"}' })
  })

  it('skips an answer that broke off, and a request cut at the body limit', async () => {
    const breaking = proxyTo(async () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"half":'))
          controller.error(new Error('upstream went away'))
        },
      })
      return new Response(body, { status: 200 })
    })
    const broken = startRecording(breaking.engine)
    await breaking.fetch(get(FUNCTIONS)).then((answer) => answer.text().catch(() => ''))
    expect(await broken.exchanges()).toEqual([])
    expect(broken.settledExchanges()).toEqual([])
    expect(broken.skippedBy).toMatchObject({ incomplete: 1 })

    const limited = proxyTo(sized, { bodyLimit: 100 })
    const cut = startRecording(limited.engine)
    const body = 'y'.repeat(1000)
    await limited.fetch(new Request(`http://fake.test${FUNCTIONS}?size=10`, { method: 'POST', body }))
    expect(await cut.exchanges()).toEqual([])
    expect(cut.skippedBy).toMatchObject({ incomplete: 1 })
  })

  it('records a request body over 64 KiB whole, so verify replays it without drift', async () => {
    const proxy = createProxyFake(createUpstreamFake())
    const recording = startRecording(proxy.engine)
    // An unknown field is ignored by the server: a 200 that only a whole body gets (a cut one: 400 EOF).
    const create = { name: 'big', runtime: 'python3.9', cpu: 500, memory: 256, timeout: 30 }
    const body = JSON.stringify({ ...create, padding: 'p'.repeat(100 * 1024) })
    const headers = { 'content-type': 'application/json', 'x-tenant-id': 'big' }
    const answer = await proxy.fetch(
      new Request(`http://fake.test${FUNCTIONS}`, { method: 'POST', headers, body }),
    )
    expect(answer.status).toBe(200)
    const fixture = await recording.toFixture({ name: 'big-body' })
    expect(fixture.rules[0]?.recorded?.body).toBe(body)

    const dir = mkdtempSync(join(tmpdir(), 'yr-big-body-'))
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const file = join(dir, 'big-body.json')
    writeFileSync(file, JSON.stringify(fixture))
    const target = await startServer({ port: 0, functions: 0, docExample: false, logLevel: 'silent' })
    cleanups.push(() => target.close({ graceMs: 0 }))
    const printed: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((text) => printed.push(String(text)) > 0)
    const code = await runVerifyCommand(['--against', target.url, file])
    vi.restoreAllMocks()
    expect(printed.join('')).toContain('0 drifted')
    expect(code).toBe(0)
  })
})

describe("a recording's byte budget", () => {
  it('is 64 MiB unless told otherwise', () => {
    const recording = startRecording(proxyTo(sized).engine)
    expect(recording.maxBytes).toBe(64 * 1024 * 1024)
  })

  it('keeps exchanges while they fit whole; one that does not is skipped and counted, never cut', async () => {
    const proxy = proxyTo(sized)
    const recording = startRecording(proxy.engine, { maxBytes: 100_000 })
    for (const size of [40_000, 40_000, 40_000, 300_000, 1_000])
      await (await proxy.fetch(get(`/a?size=${size}`))).text()
    const kept = await recording.exchanges()
    expect(kept.map((exchange) => exchange.responseBody.length)).toEqual([40_000, 40_000, 1_000])
    expect(recording.settledExchanges()).toEqual(kept)
    expect(recording.count).toBe(3)
    expect(recording.bytes).toBeLessThanOrEqual(100_000)
    expect(recording.skipped).toBe(2)
    expect(recording.skippedBy).toEqual({ limit: 0, budget: 2, unreachable: 0, incomplete: 0 })
  })

  it('counts the request too: a request body that alone is over the budget is skipped', async () => {
    const proxy = proxyTo(sized)
    const recording = startRecording(proxy.engine, { maxBytes: 10_000 })
    const body = 'b'.repeat(20_000)
    await proxy.fetch(new Request('http://fake.test/a?size=1', { method: 'POST', body }))
    expect(await recording.exchanges()).toEqual([])
    expect(recording.bytes).toBe(0)
    expect(recording.skippedBy.budget).toBe(1)
  })

  it('reports its bytes and what it skipped over /__admin/recording, and zeros before any', async () => {
    const send: SendUpstream = (url, init) =>
      url.includes('/down') ? Promise.reject(new Error('down')) : sized(url, init)
    const proxy = proxyTo(send)
    const status = async () => (await proxy.fetch(get('/__admin/recording'))).json()
    const none = { limit: 0, budget: 0, unreachable: 0, incomplete: 0 }
    expect(await status()).toEqual({
      active: false,
      exchanges: 0,
      bytes: 0,
      maxBytes: 64 * 1024 * 1024,
      skipped: 0,
      skippedBy: none,
    })
    await proxy.fetch(new Request('http://fake.test/__admin/recording/start', { method: 'POST' }))
    await proxy.fetch(get('/down'))
    await (await proxy.fetch(get('/a?size=10'))).text()
    await recordingOf(proxy.engine)?.exchanges()
    expect(await status()).toEqual({
      active: true,
      exchanges: 1,
      // GET, /a?size=10 and the 10 bytes answered
      bytes: 3 + 10 + 10,
      maxBytes: 64 * 1024 * 1024,
      skipped: 1,
      skippedBy: { ...none, unreachable: 1 },
    })
  })
})

describe('what a recording counts', () => {
  it('keeps up to its limit of exchanges and counts the rest; stopped, it sees nothing more', async () => {
    const proxy = proxyTo(sized)
    const recording = startRecording(proxy.engine, { limit: 2 })
    for (const n of [1, 2, 3]) await (await proxy.fetch(get(`/n${n}?size=${n}`))).text()
    expect(recording.count).toBe(2)
    expect(recording.skippedBy).toMatchObject({ limit: 1 })
    const kept = await recording.exchanges()
    expect(recording.settledExchanges()).toEqual(kept)
    expect(kept.map((exchange) => exchange.path)).toEqual(['/n1', '/n2'])
    expect(recording.active).toBe(true)
    recording.stop()
    expect(recording.active).toBe(false)
    await (await proxy.fetch(get('/n4?size=1'))).text()
    expect(recording.count + recording.skipped).toBe(3)
  })

  it('adds up every reason in `skipped`, and tells each one as it happens', async () => {
    const send: SendUpstream = (url, init) =>
      url.includes('/down') ? Promise.reject(new Error('down')) : sized(url, init)
    const proxy = proxyTo(send, { bodyLimit: 50 })
    const told: string[] = []
    const recording = startRecording(proxy.engine, {
      maxBytes: 100,
      onSkipped: (reason) => told.push(reason),
    })
    await proxy.fetch(get('/down'))
    await proxy.fetch(new Request('http://fake.test/cut?size=1', { method: 'POST', body: 'b'.repeat(60) }))
    await (await proxy.fetch(get('/big?size=500'))).text()
    await recording.exchanges()
    expect(recording.skippedBy).toEqual({ limit: 0, budget: 1, unreachable: 1, incomplete: 1 })
    expect(recording.skipped).toBe(3)
    expect(told).toEqual(['unreachable', 'incomplete', 'budget'])
  })

  it("skips what a scenario rule answered, and the engine's other changes, without a listener error", async () => {
    const errors: string[] = []
    const logger = { info() {}, warn() {}, error: (line: string) => errors.push(line) }
    const proxy = createMetaService({
      logger,
      upstream: createUpstream({ url: UPSTREAM_URL, send: sized }),
      scenarios: [{ name: 'fault', rules: [{ match: { path: '/ruled' }, respond: { status: 418 } }] }],
      scenario: 'fault',
    })
    const recording = startRecording(proxy.engine)
    expect((await proxy.fetch(get('/ruled'))).status).toBe(418)
    proxy.engine.dropSession('default')
    await proxy.fetch(new Request('http://fake.test/__admin/reset?all=true', { method: 'POST' }))
    expect(await recording.exchanges()).toEqual([])
    expect(recording.skipped).toBe(0)
    expect(errors).toEqual([])
  })

  it('logs an onKept that throws instead of leaving a rejection nobody awaits', async () => {
    const errors: string[] = []
    const proxy = createMetaService({
      logger: { info() {}, warn() {}, error: (line: string) => errors.push(line) },
      upstream: createUpstream({ url: UPSTREAM_URL, send: sized }),
    })
    const recording = startRecording(proxy.engine, {
      onKept: () => {
        throw new Error('listener bug')
      },
    })
    await (await proxy.fetch(get('/a?size=3'))).text()
    expect(await recording.exchanges()).toEqual([])
    expect(errors).toEqual(['a recording could not keep an exchange'])
  })
})
