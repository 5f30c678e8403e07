import { describe, expect, it } from 'vitest'
import { isRefusal, SnapshotShelf } from '../../src/engine/snapshot-shelf.js'
import { createMetaService } from '../../src/index.js'

// Issue 23, "bounded by construction": snapshots (count and bytes) and the dashboard's live-event
// streams are bounded when something enters them, with the limit named when something is refused.

const FUNCTIONS = '/serverless/v1/functions'

async function serviceWithWrites(session: string, count: number) {
  const service = createMetaService({ functions: 0 })
  for (let n = 0; n < count; n++)
    await service.fetch(
      new Request(`http://fake.test${FUNCTIONS}`, {
        method: 'POST',
        headers: { 'x-mock-session': session, 'content-type': 'application/json' },
        body: JSON.stringify({
          name: `f${n}`,
          runtime: 'python3.9',
          cpu: 500,
          memory: 256,
          timeout: 3,
          description: 'd'.repeat(1000),
        }),
      }),
    )
  return service
}

describe('issue 23: snapshots bounded in bytes', () => {
  it('measure the data a session wrote since the baseline, and nothing for an untouched one', async () => {
    const service = await serviceWithWrites('w', 3)
    expect(service.snapshot({ session: 'untouched' }).store.writtenBytes()).toBe(0)
    const written = service.snapshot({ session: 'w' }).store.writtenBytes()
    expect(written).toBeGreaterThan(3 * 1000)
    expect(written).toBeLessThan(3 * 4000)
  })

  it('drop the oldest past the byte budget, and refuse one larger than all of it, naming the limit', async () => {
    const service = await serviceWithWrites('w', 2)
    const snapshot = service.snapshot({ session: 'w' })
    const size = snapshot.store.writtenBytes()
    const shelf = new SnapshotShelf<{ id: string; snapshot: typeof snapshot }>(50, size * 2)
    for (let n = 0; n < 3; n++) shelf.add(snapshot, (id) => ({ id, snapshot }))
    expect(shelf.ids()).toEqual(['2', '3'])
    expect(shelf.bytes).toBe(size * 2)
    const small = new SnapshotShelf<{ id: string; snapshot: typeof snapshot }>(50, size - 1)
    const refused = small.add(snapshot, (id) => ({ id, snapshot }))
    expect(isRefusal(refused) && refused.error).toContain(`over the ${size - 1}-byte limit`)
    expect(small.ids()).toEqual([])
  })
})

describe('issue 23: live-event streams bounded', () => {
  it('serves at most 16 at once, refusing the next with the limit, and frees a slot when one closes', async () => {
    const service = createMetaService({ functions: 0 })
    const open = () => service.fetch(new Request('http://fake.test/__admin/ui/events'))
    const streams = await Promise.all(Array.from({ length: 16 }, open))
    expect(streams.map((stream) => stream.status)).toEqual(Array(16).fill(200))
    const refused = await open()
    expect(refused.status).toBe(503)
    expect(await refused.json()).toMatchObject({ limit: 16, error: expect.stringContaining('16 live-event') })
    await streams[0]?.body?.cancel()
    // The stream's end is seen on the next turns of the event loop: bounded wait.
    let again = await open()
    for (let tries = 0; again.status !== 200 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      again = await open()
    }
    expect(again.status).toBe(200)
    for (const stream of [...streams.slice(1), again]) await stream.body?.cancel()
  })
})
