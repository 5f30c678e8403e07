import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Journal } from '../../src/engine/journal.js'
import { recordExchange } from '../../src/engine/record-exchange.js'
import type { Session } from '../../src/engine/session-pool.js'
import { DROP, type Outcome, toAnswer } from '../../src/wire/outcome.js'

// What the journal keeps of one exchange: the request as it came, the outcome, the timing.

const sessionWith = (journal: Journal) => ({ id: 's1', journal }) as unknown as Session
const exchange = (journal: Journal, request: Request, body?: string) => ({
  request,
  face: body === undefined ? {} : { body },
  session: sessionWith(journal),
  rule: 'r1',
  id: 42,
})

describe('recordExchange', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('journals the request as it came, with the answer and its duration rounded to microseconds', async () => {
    const journal = new Journal(5)
    const clock = [1000, 1012.3456789]
    vi.spyOn(performance, 'now').mockImplementation(() => clock.shift() ?? 0)
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 0, 2, 3, 4, 5, 6))
    const request = new Request('http://fake.test/a%20b/c?x=1&y=two', {
      method: 'post',
      headers: { 'x-one': '1' },
      body: 'hello',
    })
    const answer = new Response('{}', { status: 201 })
    const outcome = await recordExchange(exchange(journal, request, 'hello'), async () => toAnswer(answer))
    expect(outcome).toEqual({ kind: 'answer', response: answer })
    expect(journal.all()).toEqual([
      {
        id: 42,
        time: '2026-01-02T03:04:05.006Z',
        session: 's1',
        method: 'POST',
        url: 'http://fake.test/a%20b/c?x=1&y=two',
        path: '/a b/c',
        query: { x: '1', y: 'two' },
        headers: { 'content-type': 'text/plain;charset=UTF-8', 'x-one': '1' },
        body: 'hello',
        rule: 'r1',
        status: 201,
        outcome: 'response',
        durationMs: 12.346,
      },
    ])
  })

  it('keeps at most 64 KiB of a body, and an empty body when none was read', async () => {
    const journal = new Journal(5)
    const long = 'a'.repeat(64 * 1024 + 1)
    const request = new Request('http://fake.test/p', { method: 'POST', body: long })
    await recordExchange(exchange(journal, request, long), async () => toAnswer(new Response('')))
    await recordExchange(exchange(journal, new Request('http://fake.test/q')), async () =>
      toAnswer(new Response('')),
    )
    const [first, second] = journal.all()
    expect(first?.body).toBe('a'.repeat(64 * 1024))
    expect(second?.body).toBe('')
  })

  it('names a dropped and a truncated answer, a drop with no status', async () => {
    const journal = new Journal(5)
    const truncated: Outcome = {
      kind: 'truncate',
      response: new Response('xyz', { status: 503 }),
      sent: new Uint8Array(1),
    }
    await recordExchange(exchange(journal, new Request('http://fake.test/d')), async () => DROP)
    await recordExchange(exchange(journal, new Request('http://fake.test/t')), async () => truncated)
    expect(journal.all().map(({ status, outcome }) => ({ status, outcome }))).toEqual([
      { status: null, outcome: 'dropped' },
      { status: 503, outcome: 'truncated' },
    ])
  })
})

describe('journal entries filled again', () => {
  it('hold the newest exchanges once the ring wraps, and an entry once read never changes', async () => {
    const journal = new Journal(2)
    const record = (n: number, headers: Record<string, string>) =>
      recordExchange(
        {
          ...exchange(journal, new Request(`http://fake.test/n${n}`)),
          id: n,
          face: { rawHeaders: toRaw(headers) },
        },
        async () => toAnswer(new Response(null, { status: 200 + n })),
      )
    const toRaw = (headers: Record<string, string>) => Object.entries(headers).flat()
    await record(1, { 'x-a': '1' })
    await record(2, { 'x-a': '2' })
    const read = journal.all()
    for (let n = 3; n <= 6; n++) await record(n, { 'x-a': String(n) })
    expect(journal.all().map(({ id, url, status, headers }) => ({ id, url, status, headers }))).toEqual([
      { id: 5, url: 'http://fake.test/n5', status: 205, headers: { 'x-a': '5' } },
      { id: 6, url: 'http://fake.test/n6', status: 206, headers: { 'x-a': '6' } },
    ])
    expect(read.map(({ id, status }) => ({ id, status }))).toEqual([
      { id: 1, status: 201 },
      { id: 2, status: 202 },
    ])
  })
})

describe('raw header lists kept as first seen', () => {
  it('are kept apart when their joined text is the same', async () => {
    const journal = new Journal(5)
    for (const rawHeaders of [
      ['x-ab', 'c'],
      ['x-a', 'bc'],
    ])
      await recordExchange(
        { ...exchange(journal, new Request('http://fake.test/h')), face: { rawHeaders } },
        async () => toAnswer(new Response('')),
      )
    expect(journal.all().map((entry) => entry.headers)).toEqual([{ 'x-ab': 'c' }, { 'x-a': 'bc' }])
  })
})

describe('what a journal entry holds on to', () => {
  // A forced full collection (V8's own, exposed for this test only).
  const collectGarbage = async () => {
    setFlagsFromString('--expose-gc')
    await new Promise((resolve) => setImmediate(resolve)) // WeakRefs clear between jobs
    ;(runInNewContext('gc') as () => void)()
    await new Promise((resolve) => setImmediate(resolve))
  }

  it("keeps neither the request nor the face's bindings (on the Node face: the socket's messages)", async () => {
    const journal = new Journal(5)
    const refs = await (async () => {
      const request = new Request('http://fake.test/held?x=1', { headers: { 'x-one': '1' } })
      const face = { body: 'b', incoming: { socket: 'a stand-in for an IncomingMessage' } }
      await recordExchange({ ...exchange(journal, request), face }, async () => toAnswer(new Response('{}')))
      return { request: new WeakRef(request), face: new WeakRef(face) }
    })()
    await collectGarbage()
    expect(refs.request.deref()).toBeUndefined()
    expect(refs.face.deref()).toBeUndefined()
    expect(journal.all()).toMatchObject([
      { path: '/held', query: { x: '1' }, headers: { 'x-one': '1' }, body: 'b' },
    ])
  })
})
