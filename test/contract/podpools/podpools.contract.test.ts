import { expect, it } from 'vitest'
import { describeEveryFace } from '../../support/every-face.js'

const POOLS = '/serverless/v1/podpools'
const JSON_TYPE = 'application/json; charset=utf-8'
const POOL_KEYS =
  'id,group,size,max_size,ready_count,status,msg,image,init_image,reuse,labels,environment,resources,' +
  'volumes,volume_mounts,affinities,runtime_class_name,node_selector,tolerations,' +
  'horizontal_pod_autoscaler_spec,topology_spread_constraints,pod_pending_duration_threshold,' +
  'idle_recycle_time,scalable'

type Pool = Record<string, unknown> & { id: string; status: number }
type ListBody = { code: number; message: string; result: { count: number; pools: Pool[] | null } }

describeEveryFace('/podpools', {}, (api) => {
  const create = (...pools: Record<string, unknown>[]) => api().call('POST', POOLS, { pools })
  const list = async (query: string) => (await api().call<ListBody>('GET', `${POOLS}?${query}`)).body
  const ids = (body: ListBody) => body.result.pools?.map((pool) => pool.id)

  it('creates with defaults and lists in the Go key order, maps sorted', async () => {
    const created = await create({ id: 'p1', size: 2, labels: { b: '1', a: '2' } })
    expect(created).toEqual({
      status: 200,
      contentType: JSON_TYPE,
      body: { code: 0, message: '', result: { failed_pools: null } },
    })
    const [pool] = (await list('id=p1')).result.pools ?? []
    expect(Object.keys(pool ?? {}).join(',')).toBe(POOL_KEYS)
    expect(Object.keys(pool?.labels as object)).toEqual(['a', 'b'])
    expect(pool).toMatchObject({ group: 'default', size: 2, max_size: 2, status: 0, scalable: false })
  })

  it('is global: the tenant header changes nothing', async () => {
    await api().call('POST', POOLS, { pools: [{ id: 'g1' }] }, { 'X-Tenant-ID': 'tenant-a' })
    expect(ids(await list('id=g1'))).toEqual(['g1'])
    const other = await api().call<ListBody>('GET', `${POOLS}?id=g1`, undefined, { 'X-Tenant-ID': 'b' })
    expect(ids(other.body)).toEqual(['g1'])
  })

  it('creates the valid pools of a request and joins the failures into one 4104', async () => {
    const answer = await create({ id: 'ok' }, { id: 'BAD' }, { id: 'neg', size: -1 })
    expect(answer.status).toBe(500)
    expect(answer.body).toEqual({
      code: 4104,
      message:
        "failed to create pod pool, id: BAD, err: pod pool id can contain only lowercase letters, digits and '-'. " +
        "it cannot start or end with '-' and cannot exceed 40 characters or less than 1 characters;" +
        'failed to create pod pool, id: neg, err: size is less than 0. check input parameters',
    })
    expect(ids(await list('id=ok'))).toEqual(['ok'])
  })

  it('answers decode errors and an empty list with 500', async () => {
    expect((await api().call('POST', POOLS, '{')).body).toEqual({ code: 130600, message: 'unexpected EOF' })
    expect((await api().call('POST', POOLS, '{"pools":"x"}')).body).toEqual({
      code: 130600,
      message:
        'json: cannot unmarshal string into Go struct field PodPoolCreateRequest.pools of type []model.Pool',
    })
    const empty = await api().call('POST', POOLS, '{}')
    expect([empty.status, empty.body]).toEqual([
      500,
      {
        code: 4104,
        message: '1failed to create pod pool, err: input pod pool list is empty. check input parameters',
      },
    ])
  })

  it('pages with offset as a page number and swallows invalid paging', async () => {
    await create({ id: 'a', group: 'g' }, { id: 'b', group: 'g' }, { id: 'c', group: 'g' })
    expect(ids(await list('group=g'))).toEqual(['c', 'b', 'a'])
    expect(ids(await list('group=g&limit=2&offset=2'))).toEqual(['a'])
    expect(ids(await list('group=g&limit=2&offset=0'))).toEqual(['c', 'b'])
    expect((await list('group=g&limit=1&offset=9')).result).toEqual({ count: 3, pools: [] })
    expect((await list('group=g&limit=0')).result).toEqual({ count: 0, pools: null })
    const bad = await api().call('GET', `${POOLS}?limit=abc`)
    expect([bad.status, bad.body]).toEqual([
      500,
      { code: 4104, message: 'strconv.Atoi: parsing "abc": invalid syntax. check input parameters' },
    ])
  })

  it('drops the connection where Go slices with a wrapped-around bound', async () => {
    await create({ id: 'w' })
    const outcome = await api().send('GET', `${POOLS}?id=w&limit=4611686018427387904&offset=3`)
    expect(outcome.kind).toBe('dropped')
  })

  it('deletes softly, answers 404 for nothing to delete and refuses an update of a new pool', async () => {
    await create({ id: 'd', status: 1 })
    expect((await api().call('PUT', `${POOLS}/d`, { size: 3 })).status).toBe(200)
    const again = await api().call('PUT', `${POOLS}/d`, { size: 1 })
    expect(again.body).toEqual({
      code: 4104,
      message: 'pool status is 2 , not allowed to update. check input parameters',
    })
    expect((await api().call('DELETE', `${POOLS}?id=d`)).body).toEqual({ code: 0, message: '', result: null })
    expect((await list('id=d')).result.pools?.[0]).toMatchObject({ status: 6, size: 3 })
    const missing = await api().call('DELETE', `${POOLS}?id=none`)
    expect([missing.status, missing.body]).toEqual([
      404,
      { code: 4120, message: 'pool does not exist or has been deleted. check input parameters' },
    ])
    expect((await api().call('PUT', `${POOLS}/none`, { size: 1 })).status).toBe(404)
  })
})
