import { describe, expect, it, vi } from 'vitest'
import { ANSWERS_PER_DATA, AnswerCache, BYTES_PER_DATA } from '../../src/engine/answer-cache.js'
import { createMetaService } from '../../src/index.js'
import { DROP, type Outcome, toAnswer } from '../../src/wire/outcome.js'

const VERSIONS = '/serverless/v1/functions/0@faaspy@hello2/versions?pageIndex=1&pageSize=10'
const PUBLISH = '/serverless/v1/functions/0@faaspy@hello2/versions'

async function openService() {
  const service = createMetaService({ functions: 2 })
  await service.ready
  const routed = vi.spyOn(service.engine.realServer, 'handle')
  const get = async (path: string, headers: Record<string, string> = {}) =>
    (await service.app.request(path, { headers })).text()
  return { service, routed, get }
}

describe('the answer cache', () => {
  it('keeps a GET answered twice on unchanged data, and answers it from the same bytes after', async () => {
    const { routed, get } = await openService()
    const first = await get(VERSIONS)
    expect(await get(VERSIONS)).toBe(first)
    expect(routed).toHaveBeenCalledTimes(2)
    expect(await get(VERSIONS)).toBe(first)
    expect(await get(VERSIONS)).toBe(first)
    expect(routed).toHaveBeenCalledTimes(2)
  })

  it('answers a write at once: the next GET is routed again and shows it', async () => {
    const { service, routed, get } = await openService()
    const before = JSON.parse(await get(VERSIONS)) as { pageInfo: { total: number } }
    const latest = JSON.parse(await get('/serverless/v1/functions/0@faaspy@hello2')) as {
      function: { revisionId: string }
    }
    const body = JSON.stringify({ revisionId: latest.function.revisionId })
    const published = await service.app.request(PUBLISH, { method: 'POST', body })
    expect(published.status).toBe(200)
    const after = JSON.parse(await get(VERSIONS)) as { pageInfo: { total: number } }
    expect(after.pageInfo.total).toBe(before.pageInfo.total + 1)
    const routedLists = routed.mock.calls.filter(([request]) => request.url.endsWith('pageSize=10'))
    expect(routedLists).toHaveLength(2)
  })

  it('answers a write to another resource at once too (a pod pool: a slot of the store)', async () => {
    const { service, get } = await openService()
    const POOLS = '/serverless/v1/podpools?id=cached'
    const count = async () => (JSON.parse(await get(POOLS)) as { result: { count: number } }).result.count
    expect([await count(), await count(), await count()]).toEqual([0, 0, 0])
    const created = await service.app.request('/serverless/v1/podpools', {
      method: 'POST',
      body: JSON.stringify({ pools: [{ id: 'cached' }] }),
    })
    expect(created.status).toBe(200)
    expect(await count()).toBe(1)
  })

  it('keeps answers apart by tenant', async () => {
    const { routed, get } = await openService()
    await get(VERSIONS)
    await get(VERSIONS, { 'x-tenant-id': 'other' })
    expect(routed).toHaveBeenCalledTimes(2)
  })

  it('shares answers between sessions on the same data, until one of them writes', async () => {
    const { service, routed, get } = await openService()
    const first = await get(VERSIONS)
    await get(VERSIONS)
    // A new session holds its template's data: the answers the default session made fit it.
    expect(await get(VERSIONS, { 'x-mock-session': 's1' })).toBe(first)
    expect(routed).toHaveBeenCalledTimes(2)
    const latest = JSON.parse(await get('/serverless/v1/functions/0@faaspy@hello2')) as {
      function: { revisionId: string }
    }
    const body = JSON.stringify({ revisionId: latest.function.revisionId })
    const headers = { 'x-mock-session': 's1' }
    expect((await service.app.request(PUBLISH, { method: 'POST', body, headers })).status).toBe(200)
    const total = (text: string) => (JSON.parse(text) as { pageInfo: { total: number } }).pageInfo.total
    expect(total(await get(VERSIONS, headers))).toBe(total(first) + 1)
    expect(await get(VERSIONS)).toBe(first)
  })

  it('still journals every request it answers', async () => {
    const { service, get } = await openService()
    await get(VERSIONS)
    await get(VERSIONS)
    expect(service.journal.count({ method: 'GET', path: '*/versions' })).toBe(2)
  })
})

describe('the answer cache, driven directly', () => {
  const get = (url = 'http://fake.test/a', headers: Record<string, string> = {}) =>
    new Request(url, { headers })
  const answerWith = (body: string | Uint8Array<ArrayBuffer>, status = 200) =>
    vi.fn(async () => toAnswer(new Response(body, { status, headers: { 'x-kind': 'kept' } })))

  it('keeps an answer from its second time and answers from its bytes, status and headers, in a copy', async () => {
    const cache = new AnswerCache()
    const state = { store: { dataIdentity: {} }, config: {} }
    const answer = answerWith('hello', 201)
    await cache.answer(get(), {}, state, answer)
    await cache.answer(get(), {}, state, answer)
    expect(answer).toHaveBeenCalledTimes(2)
    const again = await cache.answer(get(), {}, state, answer)
    expect(answer).toHaveBeenCalledTimes(2)
    if (again.kind !== 'answer') throw new Error('expected an answer')
    expect(again.response.status).toBe(201)
    expect(again.response.headers.get('x-kind')).toBe('kept')
    again.response.headers.set('x-kind', 'changed')
    const third = await cache.answer(get(), {}, state, answer)
    expect(third.kind === 'answer' && third.response.headers.get('x-kind')).toBe('kept')
    expect(third.kind === 'answer' && (await third.response.text())).toBe('hello')
  })

  it('keeps apart URLs, tenants and products', async () => {
    const cache = new AnswerCache()
    const state = { store: { dataIdentity: {} }, config: {} }
    const answer = answerWith('x')
    for (const request of [
      get('http://fake.test/a'),
      get('http://fake.test/b'),
      get('http://fake.test/a', { 'x-tenant-id': 't' }),
      get('http://fake.test/a', { 'x-product-id': 'p' }),
    ]) {
      await cache.answer(request, {}, state, answer)
      await cache.answer(request, {}, state, answer)
      await cache.answer(request, {}, state, answer)
    }
    // Each request routed twice (kept the second time), then answered from its own bytes.
    expect(answer).toHaveBeenCalledTimes(8)
  })

  it('never keeps a GET with a body, a write, a fault, a body over 256 KiB, or an answer a write overtook', async () => {
    const cache = new AnswerCache()
    const state = { store: { dataIdentity: {} }, config: {} }
    // Three times: an answer that can be kept is kept the second time and served the third.
    const thrice = async (request: Request, face: object, answer: () => Promise<Outcome>) => {
      for (let time = 0; time < 3; time++) await cache.answer(request, face, state, answer)
    }
    const withBody = answerWith('x')
    await thrice(get(), { body: '' }, withBody)
    expect(withBody).toHaveBeenCalledTimes(3)
    const tooLarge = answerWith('x')
    await thrice(get('http://fake.test/large'), { bodyTooLarge: true }, tooLarge)
    expect(tooLarge).toHaveBeenCalledTimes(3)
    const post = answerWith('x')
    await thrice(new Request('http://fake.test/a', { method: 'POST' }), {}, post)
    expect(post).toHaveBeenCalledTimes(3)
    const dropped = vi.fn(async () => DROP)
    await thrice(get('http://fake.test/drop'), {}, dropped)
    expect(dropped).toHaveBeenCalledTimes(3)
    const big = answerWith(new Uint8Array(256 * 1024 + 1))
    await thrice(get('http://fake.test/big'), {}, big)
    expect(big).toHaveBeenCalledTimes(3)
    const justFits = answerWith(new Uint8Array(256 * 1024))
    await thrice(get('http://fake.test/fits'), {}, justFits)
    expect(justFits).toHaveBeenCalledTimes(2)
    const overtaken = vi.fn(async () => {
      state.store.dataIdentity = {} // a write, while this answer was being made
      return toAnswer(new Response('old'))
    })
    // Twice, each time overtaken by a write: neither answer may be served for the data after.
    await cache.answer(get('http://fake.test/race'), {}, state, overtaken)
    await cache.answer(get('http://fake.test/race'), {}, state, overtaken)
    const fresh = answerWith('new')
    const after = await cache.answer(get('http://fake.test/race'), {}, state, fresh)
    expect(fresh).toHaveBeenCalledTimes(1)
    expect(after.kind === 'answer' && (await after.response.text())).toBe('new')
  })

  it('keeps many answers for one state of the data, and keeps products apart from each other', async () => {
    const cache = new AnswerCache()
    const state = { store: { dataIdentity: {} }, config: {} }
    const answer = answerWith('x')
    const requests = [
      get('http://fake.test/a'),
      get('http://fake.test/b'),
      get('http://fake.test/a', { 'x-product-id': 'p' }),
      get('http://fake.test/a', { 'x-product-id': 'q' }),
    ]
    for (const request of requests) {
      await cache.answer(request, {}, state, answer)
      await cache.answer(request, {}, state, answer)
    }
    expect(answer).toHaveBeenCalledTimes(8)
    // Every one of them was kept, not just the last: none is routed again.
    for (const request of requests) await cache.answer(request, {}, state, answer)
    expect(answer).toHaveBeenCalledTimes(8)
  })

  it(`starts over after ${ANSWERS_PER_DATA} answers for one store`, async () => {
    const cache = new AnswerCache()
    const state = { store: { dataIdentity: {} }, config: {} }
    const answer = answerWith('x')
    for (let index = 0; index < ANSWERS_PER_DATA; index++) {
      await cache.answer(get(`http://fake.test/${index}`), {}, state, answer)
      await cache.answer(get(`http://fake.test/${index}`), {}, state, answer)
    }
    const calls = 2 * ANSWERS_PER_DATA
    await cache.answer(get(`http://fake.test/${ANSWERS_PER_DATA - 1}`), {}, state, answer)
    expect(answer).toHaveBeenCalledTimes(calls)
    await cache.answer(get(`http://fake.test/${ANSWERS_PER_DATA}`), {}, state, answer)
    await cache.answer(get('http://fake.test/0'), {}, state, answer)
    expect(answer).toHaveBeenCalledTimes(calls + 2)
  })

  it(`keeps bodies of exactly ${BYTES_PER_DATA} bytes in all for one store`, async () => {
    const cache = new AnswerCache()
    const state = { store: { dataIdentity: {} }, config: {} }
    const answer = answerWith(new Uint8Array(BYTES_PER_DATA / 16))
    for (let index = 0; index < 16; index++) {
      await cache.answer(get(`http://fake.test/${index}`), {}, state, answer)
      await cache.answer(get(`http://fake.test/${index}`), {}, state, answer)
    }
    await cache.answer(get('http://fake.test/0'), {}, state, answer)
    expect(answer).toHaveBeenCalledTimes(32)
  })

  it(`starts over when the kept bodies of one store would pass ${BYTES_PER_DATA} bytes`, async () => {
    const cache = new AnswerCache()
    const state = { store: { dataIdentity: {} }, config: {} }
    const answer = answerWith('x'.repeat(200 * 1024))
    const fitting = Math.floor(BYTES_PER_DATA / (200 * 1024))
    for (let index = 0; index < fitting; index++) {
      await cache.answer(get(`http://fake.test/${index}`), {}, state, answer)
      await cache.answer(get(`http://fake.test/${index}`), {}, state, answer)
    }
    await cache.answer(get('http://fake.test/0'), {}, state, answer)
    await cache.answer(get(`http://fake.test/${fitting - 1}`), {}, state, answer)
    expect(answer).toHaveBeenCalledTimes(2 * fitting)
    await cache.answer(get(`http://fake.test/${fitting}`), {}, state, answer)
    await cache.answer(get(`http://fake.test/${fitting}`), {}, state, answer)
    await cache.answer(get('http://fake.test/0'), {}, state, answer)
    expect(answer).toHaveBeenCalledTimes(2 * fitting + 3)
  })
})
