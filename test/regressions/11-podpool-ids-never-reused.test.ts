import { describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'

// Issue 11: the real server deletes a pod pool by marking it (status 6); the record stays, so its
// id can never be created again, and updating it names the deletion.
const POOLS = '/serverless/v1/podpools'
const toInit = (method: string, body?: unknown) => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: body === undefined ? undefined : JSON.stringify(body),
})

describe('a deleted pod pool', () => {
  it('keeps its id: create is refused, the pool is still listed, update names the deletion', async () => {
    const service = createMetaService({ functions: 0 })
    await service.ready
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await service.app.request(path, toInit(method, body))
      return { status: response.status, body: await response.json() }
    }
    await call('POST', POOLS, { pools: [{ id: 'reuse-me' }] })
    expect((await call('DELETE', `${POOLS}?id=reuse-me`)).status).toBe(200)

    expect(await call('POST', POOLS, { pools: [{ id: 'reuse-me' }] })).toEqual({
      status: 500,
      body: {
        code: 4104,
        message:
          'failed to create pod pool, id: reuse-me,err: pool id already exists or is deleting. check input parameters',
      },
    })
    const listed = await call('GET', `${POOLS}?id=reuse-me`)
    expect(listed.body.result).toMatchObject({ count: 1, pools: [{ id: 'reuse-me', status: 6 }] })
    expect((await call('PUT', `${POOLS}/reuse-me`, { size: 1 })).body).toEqual({
      code: 4104,
      message: 'the pod pool has already deleted, id: reuse-me. check input parameters',
    })
  })
})
