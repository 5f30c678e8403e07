import { beforeAll, describe, expect, it } from 'vitest'
import { createMetaService, type MetaService } from '../../src/index.js'

// Issue 23, finding 13: strict admin input had holes. A key given twice was accepted (JSON.parse
// keeps the last), /__admin/recording/* took any body, and the documents and the dashboard's data
// took any query. Each is now a 400 that names the key and lists what is allowed.

let service: MetaService
beforeAll(async () => {
  service = createMetaService({ functions: 1 })
  await service.ready
})

const JSON_TYPE = { 'content-type': 'application/json' }

async function call(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const response = await service.fetch(new Request(`http://fake.test${path}`, { method, body, headers }))
  const text = await response.text()
  return { status: response.status, text, body: JSON.parse(text) as Record<string, unknown> }
}

describe('a key given twice is a 400 naming it, at any depth', () => {
  it.each([
    ['/__admin/requests/count', '{"method":"GET","method":"POST"}', 'method'],
    ['/__admin/requests/find', '{"query":{"name":"a","name":"b"}}', 'query.name'],
    ['/__admin/requests/find', '{"headers":{"x-a":{"matches":"a","matches":"b"}}}', 'headers.x-a.matches'],
    ['/__admin/requests/count', '{"json":{"a":[1,{"b":1,"b":2}]}}', 'json.a.1.b'],
    ['/__admin/recording/start', '{"redactHeaders":[],"redactHeaders":["x"]}', 'redactHeaders'],
    ['/__admin/reset', '{"a":1,"a":1}', 'a'],
  ])('POST %s %s', async (path, body, key) => {
    const answer = await call('POST', path, body)
    expect(answer.status).toBe(400)
    expect(answer.body).toMatchObject({ key })
    expect(answer.body.error).toBe(`"${key}" is given more than once in the body; give each key once`)
    expect(Array.isArray(answer.body.allowed)).toBe(true)
  })

  it('still takes the same key in different objects', async () => {
    const body = '{"query":{"method":"x"},"headers":{"method":{"matches":"x"}},"method":"GET"}'
    expect((await call('POST', '/__admin/requests/count', body)).status).toBe(200)
  })
})

describe('/__admin/recording checks its body and query', () => {
  it('refuses a misspelt redactHeaders instead of recording with the defaults', async () => {
    const answer = await call('POST', '/__admin/recording/start', '{"redactHeader":["authorization"]}')
    expect(answer).toMatchObject({
      status: 400,
      body: { key: 'redactHeader', allowed: ['redactHeaders'] },
    })
    expect((await call('GET', '/__admin/recording')).body).toMatchObject({ active: false })
  })

  it.each([
    ['not JSON', 'redactHeaders=authorization', 'not valid JSON'],
    ['a list', '["authorization"]', 'must be a JSON object'],
    ['a wrong type', '{"redactHeaders":"authorization"}', '"redactHeaders" in the body'],
  ])('refuses a body that is %s', async (_kind, body, message) => {
    const answer = await call('POST', '/__admin/recording/start', body)
    expect(answer.status).toBe(400)
    expect(String(answer.body.error)).toContain(message)
  })

  it.each([
    ['GET', '/__admin/recording?verbose=1', 'verbose'],
    ['POST', '/__admin/recording/start?session=a', 'session'],
    ['POST', '/__admin/recording/stop?nme=mine', 'nme'],
    ['POST', '/__admin/recording/stop?name=', 'name'],
  ])('%s %s is a 400 naming %s', async (method, path, key) => {
    expect(await call(method, path)).toMatchObject({ status: 400, body: { key } })
  })

  it('records with a right body, and names the fixture from ?name=', async () => {
    expect((await call('POST', '/__admin/recording/start', '{"redactHeaders":[]}')).status).toBe(200)
    const stopped = await call('POST', '/__admin/recording/stop?name=mine')
    expect(stopped).toMatchObject({ status: 200, body: { name: 'mine' } })
  })
})

describe('the documents and the dashboard refuse a query key they do not read', () => {
  it.each([
    ['/__admin/openapi.json?x=1', 'x', []],
    ['/__admin/openapi.admin.json?download=true', 'download', []],
    ['/__admin/docs?theme=dark', 'theme', []],
    [
      '/__admin/ui/data/requests?methd=GET',
      'methd',
      ['session', 'page', 'upage', 'method', 'path', 'status'],
    ],
    ['/__admin/ui/data/state?sesion=s:', 'sesion', ['session', 'page', 'resource', 'parent']],
    ['/__admin/ui/data/scenarios?page=2', 'page', ['session']],
    ['/__admin/ui/data/sessions?session=s:', 'session', []],
    ['/__admin/ui/view/requests?x=1', 'x', ['session', 'page', 'upage', 'method', 'path', 'status']],
    ['/__admin/ui/app.js?v=2', 'v', []],
    ['/__admin/ui/request/1?x=1', 'x', []],
  ])('GET %s is a 400 naming %s', async (path, key, allowed) => {
    expect(await call('GET', path)).toMatchObject({ status: 400, body: { key, allowed } })
  })

  it.each([
    ['/__admin/ui/data/requests?page=0', 'page'],
    ['/__admin/ui/data/requests?page=1&page=2', 'page'],
    ['/__admin/ui/data/requests?status=teapot', 'status'],
    ['/__admin/ui/data/state?session=default', 'session'],
  ])('GET %s is a 400 naming %s (a value the view would have ignored)', async (path, key) => {
    expect(await call('GET', path)).toMatchObject({ status: 400, body: { key } })
  })

  it('answers the documents and the views their usual way without one', async () => {
    expect((await service.fetch(new Request('http://fake.test/__admin/openapi.json'))).status).toBe(200)
    expect((await service.fetch(new Request('http://fake.test/__admin/docs'))).status).toBe(200)
    const data = await call('GET', '/__admin/ui/data/requests?session=s:&status=5xx&page=1&method=GET')
    expect(data).toMatchObject({ status: 200, body: { filter: { method: 'GET', status: '5xx' } } })
  })

  it("refuses a dashboard action's unknown field instead of acting without it", async () => {
    const answer = await call('POST', '/__admin/ui/actions/activate', '{"nam":"flaky"}', JSON_TYPE)
    expect(answer).toMatchObject({ status: 400, body: { key: 'nam', allowed: ['name'] } })
    const typed = await call('POST', '/__admin/ui/actions/snapshot', '{"session":1}', JSON_TYPE)
    expect(typed).toMatchObject({ status: 400, body: { key: 'session' } })
  })
})
