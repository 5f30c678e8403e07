import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMetaService } from '../../src/index.js'

// Issue 23 (session 9): the dashboard's live-event stream as a client reads it: the first event, the
// changes merged into one event per coalescing window, and what the stream says of each kind.

const decoder = new TextDecoder()

afterEach(() => {
  vi.useRealTimers()
})

async function openStream(service: ReturnType<typeof createMetaService>) {
  const response = await service.fetch(new Request('http://fake.test/__admin/ui/events'))
  const reader = (response.body as ReadableStream<Uint8Array>).getReader()
  const next = async () => decoder.decode((await reader.read()).value)
  return { response, reader, next }
}

describe('the live-event stream', () => {
  it('opens with a hello event that names no kinds, as server-sent events', async () => {
    const service = createMetaService({ functions: 0 })
    const { response, reader, next } = await openStream(service)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/event-stream')
    expect(await next()).toBe('event: hello\ndata: {"kinds":[]}\n\n')
    await reader.cancel()
  })

  it('merges the changes of one moment into one change event naming each kind once', async () => {
    const service = createMetaService({ functions: 0 })
    const { reader, next } = await openStream(service)
    await next() // hello
    for (let request = 0; request < 5; request++)
      await service.fetch(new Request('http://fake.test/serverless/v1/functions'))
    await service.fetch(new Request('http://fake.test/__admin/reset', { method: 'POST' }))
    expect(await next()).toBe('event: change\ndata: {"kinds":["request","sessions"]}\n\n')
    // and a later change comes as an event of its own
    await service.fetch(new Request('http://fake.test/serverless/v1/functions'))
    expect(await next()).toBe('event: change\ndata: {"kinds":["request"]}\n\n')
    await reader.cancel()
  })

  it('refuses a stream past the limit with the whole reason and the limit', async () => {
    const service = createMetaService({ functions: 0 })
    const streams = await Promise.all(Array.from({ length: 16 }, () => openStream(service)))
    const refused = await service.fetch(new Request('http://fake.test/__admin/ui/events'))
    expect(refused.status).toBe(503)
    expect(await refused.json()).toEqual({
      error:
        '16 live-event streams are open, the most served at once (MAX_LIVE_STREAMS); close a dashboard tab, or reload without live updates',
      limit: 16,
    })
    for (const stream of streams) await stream.reader.cancel()
  })

  it('closes a stream whose client stopped reading for a heartbeat’s time, and stops listening', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const service = createMetaService({ functions: 0 })
    const { reader, next } = await openStream(service)
    await next() // hello; nothing is read after it
    await settle(() => service.engine.changeListenerCount === 1)
    for (let round = 0; round < 4; round++) {
      await service.fetch(new Request('http://fake.test/serverless/v1/functions'))
      await vi.advanceTimersByTimeAsync(300)
    }
    expect(service.engine.changeListenerCount).toBe(1)
    await vi.advanceTimersByTimeAsync(15_000)
    await settle(() => service.engine.changeListenerCount === 0)
    expect(service.engine.changeListenerCount).toBe(0)
    await reader.cancel().catch(() => undefined)
  })

  it('sends nothing more once the changes are sent: no empty change events', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const service = createMetaService({ functions: 0 })
    const { reader, next } = await openStream(service)
    await next() // hello
    await vi.advanceTimersByTimeAsync(1_000)
    await service.fetch(new Request('http://fake.test/serverless/v1/functions'))
    await vi.advanceTimersByTimeAsync(300)
    expect(await next()).toBe('event: change\ndata: {"kinds":["request"]}\n\n')
    await vi.advanceTimersByTimeAsync(1_000)
    await service.fetch(new Request('http://fake.test/__admin/reset', { method: 'POST' }))
    await vi.advanceTimersByTimeAsync(300)
    expect(await next()).toBe('event: change\ndata: {"kinds":["sessions"]}\n\n')
    await reader.cancel()
  })

  it('ends the stream and stops listening when the request is aborted (the connection closed)', async () => {
    const service = createMetaService({ functions: 0 })
    const connection = new AbortController()
    const response = await service.fetch(
      new Request('http://fake.test/__admin/ui/events', { signal: connection.signal }),
    )
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    await reader.read() // hello
    await settle(() => service.engine.changeListenerCount === 1)
    expect(service.engine.changeListenerCount).toBe(1)
    connection.abort()
    await settle(() => service.engine.changeListenerCount === 0)
    expect(service.engine.changeListenerCount).toBe(0)
    await reader.cancel().catch(() => undefined)
  })
})

/** Turns of the event loop (real `setImmediate`) until `done`, at most 200. */
async function settle(done: () => boolean): Promise<void> {
  for (let turns = 0; turns < 200 && !done(); turns++) {
    await new Promise((resolve) => setImmediate(resolve))
  }
}
