import { describe, expect, it } from 'vitest'
import { emptyFake, send } from './24-support.js'

// Issue 24: deleting a group of pods writes them all in one etcd transaction; etcd takes 128
// operations at most. Answer recorded from the real server (129 pools).

describe("etcd's operation limit on a pod-pool group delete", () => {
  it('deletes 128 pools, and refuses 129 whole', async () => {
    const fake = emptyFake()
    const pools = (group: string, count: number) =>
      Array.from({ length: count }, (_, n) => ({ id: `${group}-${n}`, group }))
    await send(fake, 'POST', '/serverless/v1/podpools', { pools: pools('g128', 128) })
    expect((await send(fake, 'DELETE', '/serverless/v1/podpools?group=g128')).status).toBe(200)
    await send(fake, 'POST', '/serverless/v1/podpools', { pools: pools('g129', 129) })
    const refused = await send(fake, 'DELETE', '/serverless/v1/podpools?group=g129')
    expect([refused.status, refused.contentType, refused.text]).toEqual([
      500,
      'application/json; charset=utf-8',
      '{"code":122003,"message":"etcdserver: too many operations in txn request"}',
    ])
    const listed = await send(fake, 'GET', '/serverless/v1/podpools?group=g129&limit=1')
    expect(listed.text).toContain('"status":0')
  })
})
