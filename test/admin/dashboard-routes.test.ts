import { beforeAll, describe, expect, it } from 'vitest'
import { createMetaService, type MetaService } from '../../src/index.js'

// The dashboard's routes in-process (the browser tests drive them through a page): what each serves,
// its security headers, and the 400s and 404s for what does not exist.

let service: MetaService
beforeAll(async () => {
  service = createMetaService({ functions: 1 })
  await service.ready
  await service.fetch(new Request('http://fake.test/serverless/v1/functions'))
})

const get = (path: string) => service.fetch(new Request(`http://fake.test/__admin/ui${path}`))

describe('dashboard routes', () => {
  it.each([
    ['', 'text/html'],
    ['/app.js', 'text/javascript'],
    ['/app.css', 'text/css'],
    ['/view/requests', 'text/html'],
    ['/data/sessions', 'application/json'],
  ])('GET /__admin/ui%s serves %s with the security headers', async (path, type) => {
    const response = await get(path)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain(type)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers an unknown view with the known ones', async () => {
    expect((await get('/view/nope')).status).toBe(404)
    const data = await get('/data/nope')
    expect(data.status).toBe(404)
    expect(await data.json()).toEqual({
      error: 'no view "nope"',
      views: ['requests', 'state', 'scenarios', 'sessions'],
    })
  })

  it('opens a request of the journal by its id, and says when it has left', async () => {
    const { requests } = (await (await get('/data/requests')).json()) as {
      requests: { items: { id: number }[] }
    }
    const id = requests.items[0]?.id
    expect((await get(`/request/${id}`)).status).toBe(200)
    expect((await get('/request/999999')).status).toBe(404)
  })

  it.each(['abc', '1e3', '-1', '1.5'])('refuses the request id %s, which is no number', async (id) => {
    const response = await get(`/request/${id}`)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: `a request id is a number, not "${id}"`, key: 'id' })
  })

  it('reads the view parameters it checked', async () => {
    const response = await get('/data/state?session=s:&resource=tenants&page=1')
    expect(await response.json()).toMatchObject({ session: '', page: { resource: 'tenants', page: 1 } })
  })
})
