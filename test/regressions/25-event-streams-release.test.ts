import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, expect, it, vi } from 'vitest'
import { createMetaService, type MetaService } from '../../src/index.js'

// Issue 25: throughput fell to 0.59× after 2,000 dashboard event streams were opened and closed. Each
// closed stream left its 15 s heartbeat timer running, and the timer held the stream (its context,
// request and buffers) until it ran out: ~30 MiB for 2,000 streams.

afterEach(() => {
  vi.useRealTimers()
})

const STREAMS = 200

it('leaves no timer and no change listener behind once many event streams have closed', async () => {
  // setImmediate stays real: it lets the streams' ends run while the timers are counted
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  const service = createMetaService({ functions: 0 })
  await service.ready
  const timersAtStart = vi.getTimerCount()
  const listenersAtStart = service.engine.changeListenerCount
  for (let opened = 0; opened < STREAMS; opened += 8) {
    const streams = await Promise.all(
      Array.from({ length: 8 }, () => service.fetch(new Request('http://fake.test/__admin/ui/events'))),
    )
    expect(streams.map((stream) => stream.status)).toEqual(Array(8).fill(200))
    expect(service.engine.changeListenerCount).toBe(listenersAtStart + 1)
    for (const stream of streams) {
      const reader = (stream.body as ReadableStream<Uint8Array>).getReader()
      expect(new TextDecoder().decode((await reader.read()).value)).toContain('event: hello')
      await reader.cancel()
    }
    await settle(() => service.engine.changeListenerCount === listenersAtStart)
  }
  expect(service.engine.changeListenerCount).toBe(listenersAtStart)
  expect(vi.getTimerCount()).toBe(timersAtStart)
})

it('still sends a heartbeat to a stream that stays open', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  const service = createMetaService({ functions: 0 })
  const stream = await service.fetch(new Request('http://fake.test/__admin/ui/events'))
  const reader = (stream.body as ReadableStream<Uint8Array>).getReader()
  await reader.read() // hello
  await settle(() => vi.getTimerCount() > 0)
  await vi.advanceTimersByTimeAsync(15_000)
  expect(new TextDecoder().decode((await reader.read()).value)).toBe(': heartbeat\n\n')
  await reader.cancel()
  await settle(() => service.engine.changeListenerCount === 0)
  expect(vi.getTimerCount()).toBe(0)
})

it('keeps nothing of a closed stream: its request, answer and body are all collected', async () => {
  const service = createMetaService({ functions: 0 })
  await service.ready
  const held = await openAndClose(service, 200)
  await collectGarbage()
  // Each closed stream used to stay reachable from its heartbeat timer for 15 s (~15 kB each).
  expect(held.filter((ref) => ref.deref() !== undefined)).toHaveLength(0)
})

/** Opens and closes `count` streams, 8 at a time; weak references to what each one was made of. */
async function openAndClose(service: MetaService, count: number): Promise<Array<WeakRef<object>>> {
  const held: Array<WeakRef<object>> = []
  for (let opened = 0; opened < count; opened += 8) {
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const request = new Request('http://fake.test/__admin/ui/events')
        const stream = await service.fetch(request)
        const body = stream.body as ReadableStream<Uint8Array>
        held.push(new WeakRef(request), new WeakRef(stream), new WeakRef(body))
        const reader = body.getReader()
        await reader.read()
        await reader.cancel()
      }),
    )
    await settle(() => service.engine.changeListenerCount === 0)
  }
  return held
}

/** Full collections, each after a turn of the loop (a WeakRef's target is kept until its job ends). */
async function collectGarbage(): Promise<void> {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  for (let round = 0; round < 3; round++) {
    await new Promise((resolve) => setTimeout(resolve, 10))
    gc()
  }
}

/** Turns of the event loop (real `setImmediate`) until `done`, at most 200. */
async function settle(done: () => boolean): Promise<void> {
  for (let turns = 0; turns < 200 && !done(); turns++) {
    await new Promise((resolve) => setImmediate(resolve))
  }
}
