import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../src/node/index.js'

/** `fetch` cannot send a GET with a body; real clients do (curl -X GET -d), so use node:http. */
function getWithBody(url: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }
    const req = request(url, { method: 'GET', headers }, (res) => {
      let text = ''
      res.on('data', (chunk) => {
        text += chunk
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('GET /functions/reserve-instance with a JSON body (Node face)', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ port: 0, functions: 0, load: [{ name: '0@svc@hello', kind: 'faas' }] })
  })
  afterAll(() => server.close())

  it('lists the labels of a version', async () => {
    const reserve = `${server.url}/serverless/v1/functions/reserve-instance`
    const label = {
      funcName: '0@svc@hello',
      version: 'latest',
      instanceLabel: 'l1',
      instanceConfigInfos: [{ maxInstance: 2 }],
    }
    const created = await fetch(reserve, { method: 'POST', body: JSON.stringify(label) })
    expect(created.status).toBe(200)
    const listed = await getWithBody(reserve, JSON.stringify({ funcName: '0@svc@hello', version: 'latest' }))
    expect(listed.status).toBe(200)
    expect(JSON.parse(listed.body)).toEqual({
      total: 1,
      results: [
        {
          instanceLabel: 'l1',
          instanceConfigInfos: [{ clusterId: 'cluster001', maxInstance: 2, minInstance: 0 }],
        },
      ],
    })
  })

  it('lists the most recently written label first, and GET takes the version as given', async () => {
    const reserve = `${server.url}/serverless/v1/functions/reserve-instance`
    const save = (method: string, instanceLabel: string) =>
      fetch(reserve, {
        method,
        body: JSON.stringify({
          funcName: '0@svc@hello',
          version: 'latest',
          instanceLabel,
          instanceConfigInfos: [{}],
        }),
      })
    for (const label of ['a', 'b', 'c']) await save('POST', label)
    await save('PUT', 'b')
    const listed = await getWithBody(reserve, JSON.stringify({ funcName: '0@svc@hello', version: 'latest' }))
    const labels = JSON.parse(listed.body).results.map((r: { instanceLabel: string }) => r.instanceLabel)
    expect(labels).toEqual(['b', 'c', 'a', 'l1'])
    const noVersion = await getWithBody(reserve, JSON.stringify({ funcName: '0@svc@hello' }))
    expect([noVersion.status, JSON.parse(noVersion.body).code]).toEqual([404, 4115])
  })
})
