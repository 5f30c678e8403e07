import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'

// Issue 23 (session 9): the dashboard's live-event stream as a client reads it: the first event, the
// changes merged into one event per coalescing window, and what the stream says of each kind.

const decoder = new TextDecoder()

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
})
