import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../src/node/index.js'

function head(url: string, method: string): Promise<Record<string, string | string[] | undefined>> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.headers))
    })
    req.on('error', reject)
    req.end()
  })
}

// Go's server announces every length; without one, Node would send an empty chunked body.
describe('lengths on the wire for answers without a body (Node face)', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ port: 0, functions: 0 })
  })
  afterAll(() => server.close())

  it('announces 18 bytes for a HEAD 404, 0 for /healthz and a 307, as meta_service does', async () => {
    const lengths = async (method: string, path: string) => {
      const headers = await head(`${server.url}${path}`, method)
      return [headers['content-length'], headers['transfer-encoding']]
    }
    expect(await lengths('HEAD', '/healthz')).toEqual(['18', undefined])
    expect(await lengths('GET', '/healthz')).toEqual(['0', undefined])
    expect(await lengths('POST', '/serverless/v1/functions/fn/')).toEqual(['0', undefined])
  })
})
