import { TrieRouter } from 'hono/router/trie-router'
import { describe, expect, it } from 'vitest'
import { MEMO_LIMIT, MemoRouter } from '../../src/real-server/memo-router.js'

const ROUTES: ReadonlyArray<[string, string, string]> = [
  ['GET', '/healthz', 'healthz'],
  ['GET', '/functions/reserve-instance', 'reservations'],
  ['GET', '/functions/:name', 'get'],
  ['PUT', '/functions/:name', 'update'],
  ['GET', '/functions/:name{[^/]*}/versions', 'versions'],
]

function both(): [MemoRouter<string>, TrieRouter<string>] {
  const memo = new MemoRouter<string>()
  const trie = new TrieRouter<string>()
  for (const [method, path, handler] of ROUTES) {
    memo.add(method, path, handler)
    trie.add(method, path, handler)
  }
  return [memo, trie]
}

const ASKED: ReadonlyArray<[string, string]> = [
  ['GET', '/healthz'],
  ['GET', '/functions/reserve-instance'],
  ['GET', '/functions/a'],
  ['GET', '/functions/b'],
  ['PUT', '/functions/a'],
  ['GET', '/functions/a/versions'],
  ['POST', '/functions/a'],
  ['GET', '/nowhere'],
]

describe('the memo router', () => {
  it('matches as the trie does, the first time and again', () => {
    const [memo, trie] = both()
    for (const round of [1, 2]) {
      for (const [method, path] of ASKED) {
        expect(memo.match(method, path), `${method} ${path}, round ${round}`).toEqual(
          trie.match(method, path),
        )
      }
    }
  })

  it('hands out one match per method and path, and keeps paths and methods apart', () => {
    const [memo] = both()
    const first = memo.match('GET', '/functions/a')
    expect(memo.match('GET', '/functions/a')).toBe(first)
    expect(memo.match('GET', '/functions/b')).not.toBe(first)
    expect(memo.match('PUT', '/functions/a')).not.toBe(first)
    expect(memo.size).toBe(3)
  })

  it('forgets its matches when a route is added', () => {
    const [memo] = both()
    expect(memo.match('GET', '/later')[0]).toEqual([])
    memo.add('GET', '/later', 'later')
    expect(memo.match('GET', '/later')[0].map(([handler]) => handler)).toEqual(['later'])
  })

  it('stays within its limit, forgetting the oldest match first', () => {
    const [memo] = both()
    const first = memo.match('GET', '/functions/f0')
    const second = memo.match('GET', '/functions/f1')
    for (let n = 2; n < MEMO_LIMIT + 1; n++) memo.match('GET', `/functions/f${n}`)
    expect(memo.size).toBe(MEMO_LIMIT)
    expect(memo.match('GET', '/functions/f1')).toBe(second)
    expect(memo.match('GET', '/functions/f0')).not.toBe(first)
    expect(memo.match('GET', '/functions/f0')[0].map(([, params]) => params)).toEqual([{ name: 'f0' }])
  })
})

describe('the admin surface behind the memo router', () => {
  // Issue 25: the front door's admin app routes through a MemoRouter (Hono's default router fell back to
  // searching the trie on every call). Both must pick the same routes with the same parameters.
  const ADMIN_ASKED: ReadonlyArray<[string, string]> = [
    ['GET', '/__admin/health'],
    ['GET', '/__admin/health/'],
    ['POST', '/__admin/reset'],
    ['GET', '/__admin/scenarios'],
    ['POST', '/__admin/scenarios/a%20b/activate'],
    ['DELETE', '/__admin/scenarios/active'],
    ['GET', '/__admin/sessions/s-1'],
    ['DELETE', '/__admin/sessions/s-1'],
    ['POST', '/__admin/snapshots/7/restore'],
    ['GET', '/__admin/requests/count'],
    ['GET', '/__admin/nowhere'],
    ['PATCH', '/__admin/health'],
  ]

  it('matches every admin route as Hono’s default router does', async () => {
    const { createMetaService } = await import('../../src/index.js')
    const { Hono } = await import('hono')
    const { ADMIN_PREFIX, createAdminRoutes } = await import('../../src/admin/admin-routes.js')
    const service = createMetaService({ functions: 1 })
    await service.ready
    const routes = createAdminRoutes(service.engine)
    const memo = new Hono({ router: new MemoRouter() }).route(ADMIN_PREFIX, routes)
    const usual = new Hono().route(ADMIN_PREFIX, routes)
    const shape = (result: ReturnType<typeof memo.router.match>) =>
      (result[0] as Array<[unknown, unknown]>).map(([, params]) => params)
    for (const round of [1, 2]) {
      for (const [method, path] of ADMIN_ASKED) {
        const expected = usual.router.match(method, path)
        expect(shape(memo.router.match(method, path)), `${method} ${path}, round ${round}`).toEqual(
          shape(expected),
        )
      }
    }
    expect(shape(memo.router.match('GET', '/__admin/health')).length).toBeGreaterThan(0)
  })
})
