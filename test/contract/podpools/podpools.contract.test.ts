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

  it('answers an empty page for no match, whatever the bounds', async () => {
    expect((await list('id=none&limit=4611686018427387904&offset=3')).result).toEqual({ count: 0, pools: [] })
  })

  it('drops the connection for a negative start past the end, and for an end wrapped below the start', async () => {
    await create({ id: 'x1', group: 'x' }, { id: 'x2', group: 'x' }, { id: 'x3', group: 'x' })
    // 3·2⁶¹ × 2 wraps to -2⁶², and -2⁶² + 3·2⁶¹ = 2⁶¹ is past the end.
    expect((await api().send('GET', `${POOLS}?group=x&limit=6917529027641081856&offset=3`)).kind).toBe(
      'dropped',
    )
    // (2⁶³-1) × (2⁶³-3) wraps to 3 (the end of the list), and 3 + 2⁶³-1 wraps below it.
    const wrapped = `${POOLS}?group=x&limit=9223372036854775807&offset=9223372036854775806`
    expect((await api().send('GET', wrapped)).kind).toBe('dropped')
  })

  it('quotes control characters in the Atoi message as Go does', async () => {
    for (const [sent, quoted] of [
      ['%01', '\\x01'],
      ['%7F', '\\x7f'],
      ['a%09b', 'a\\tb'],
    ]) {
      const bad = await api().call('GET', `${POOLS}?limit=${sent}`)
      expect(bad.body).toEqual({
        code: 4104,
        message: `strconv.Atoi: parsing "${quoted}": invalid syntax. check input parameters`,
      })
    }
  })

  it('writes every map with its keys sorted', async () => {
    const reversed = { e: '1', d: '2', c: '3', b: '4', a: '5' }
    const mixed = { b: '1', d: '2', a: '3', e: '4', c: '5' }
    await create({
      id: 'm',
      labels: reversed,
      environment: mixed,
      node_selector: reversed,
      resources: { requests: mixed, limits: reversed },
    })
    const [pool] = (await list('id=m')).result.pools ?? []
    const keys = (map: unknown) => Object.keys(map as object).join('')
    const resources = pool?.resources as Record<string, unknown>
    expect(
      [pool?.labels, pool?.environment, pool?.node_selector, resources.requests, resources.limits].map(keys),
    ).toEqual(['abcde', 'abcde', 'abcde', 'abcde', 'abcde'])
  })

  it('lists pools written together (a delete by group) in descending key order, id then "/"', async () => {
    await create({ id: 'p', group: 't' })
    await create({ id: 'p-1', group: 't' })
    await create({ id: 'q', group: 't' })
    await create({ id: 'a', group: 't' })
    expect(ids(await list('group=t'))).toEqual(['a', 'q', 'p-1', 'p'])
    await api().call('DELETE', `${POOLS}?group=t`)
    // "p/" sorts after "p-1/": the key ends with a slash.
    expect(ids(await list('group=t'))).toEqual(['q', 'p', 'p-1', 'a'])
  })

  it('keeps a scalable pool apart: max_size as sent, or kept on update when 0 is sent with a size', async () => {
    expect(await create({ id: 's1', size: 1, max_size: 3, status: 1 })).toMatchObject({ status: 200 })
    expect((await list('id=s1')).result.pools?.[0]).toMatchObject({ size: 1, max_size: 3, scalable: true })
    await create({ id: 's2', size: 1, max_size: 3, status: 1 }, { id: 's3', size: 1, max_size: 3, status: 1 })
    await create({ id: 's4', size: 1, max_size: 3, status: 1 })
    expect((await api().call('PUT', `${POOLS}/s1`, { size: 2, max_size: 0 })).status).toBe(200)
    expect((await api().call('PUT', `${POOLS}/s2`, { size: 2, max_size: 5 })).status).toBe(200)
    expect((await api().call('PUT', `${POOLS}/s3`, { size: 0, max_size: 0 })).status).toBe(200)
    const sizes = async (id: string) => {
      const pool = (await list(`id=${id}`)).result.pools?.[0]
      return [pool?.size, pool?.max_size, pool?.status]
    }
    expect(await sizes('s1')).toEqual([2, 3, 2])
    expect(await sizes('s2')).toEqual([2, 5, 2])
    expect(await sizes('s3')).toEqual([0, 0, 2])
    const hpa = await api().call('PUT', `${POOLS}/s4`, { size: 1, horizontal_pod_autoscaler_spec: '{}' })
    expect([hpa.status, hpa.body]).toEqual([
      500,
      {
        code: 4104,
        message:
          'failed to update pod pool, err: max_size greater than size and horizontal_pod_autoscaler_spec cannot ' +
          'be set at the same time. check input parameters',
      },
    ])
  })

  it('refuses an autoscaler spec on a scalable new pool and takes an init image of 200 bytes', async () => {
    const answer = await create({ id: 'h', size: 1, max_size: 2, horizontal_pod_autoscaler_spec: '{}' })
    expect(answer.body).toEqual({
      code: 4104,
      message:
        'failed to create pod pool, id: h, err: max_size greater than size and horizontal_pod_autoscaler_spec ' +
        'cannot be set at the same time. check input parameters',
    })
    expect((await create({ id: 'i200', init_image: 'i'.repeat(200) })).status).toBe(200)
    expect((await create({ id: 'i201', init_image: 'i'.repeat(201) })).body).toEqual({
      code: 4104,
      message:
        'failed to create pod pool, id: i201, err: init image len is not in [1, 200]. check input parameters',
    })
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
