import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KeepAliveConnection } from './keep-alive-client.js'

// The soak's own HTTP client: it must read what a server says exactly, or the soak checks nothing.
describe("the soak's keep-alive client", () => {
  let server: Server
  let port: number
  const seen: string[] = []

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk) => {
        body += chunk
      })
      request.on('end', () => {
        seen.push(`${request.method} ${request.url} ${request.headers['x-mock-session']} ${body}`)
        if (request.url === '/length') {
          response.writeHead(404, { 'content-type': 'application/json', 'content-length': '11' })
          response.end('{"code":1}\n')
        } else if (request.url === '/chunked') {
          response.writeHead(200, { 'content-type': 'text/plain' })
          response.write('first ')
          setTimeout(() => response.end('second'), 5)
        } else if (request.url === '/redirect') {
          response.writeHead(301, { location: '/elsewhere', 'content-length': '0' })
          response.end()
        } else if (request.url === '/cut') {
          response.writeHead(200, { 'content-length': '100' })
          response.write('only part', () => response.socket?.destroy())
        } else response.socket?.destroy()
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('reads answers with a length, in chunks and without a body, over one connection', async () => {
    const connection = new KeepAliveConnection('127.0.0.1', port)
    const send = (path: string, body?: string) =>
      connection.send({ method: body ? 'POST' : 'GET', path, headers: { 'x-mock-session': 's1' }, body })
    expect(await send('/length', '{"a":"é"}')).toEqual({
      kind: 'response',
      status: 404,
      contentType: 'application/json',
      location: null,
      body: '{"code":1}\n',
    })
    expect(await send('/chunked')).toMatchObject({ kind: 'response', status: 200, body: 'first second' })
    expect(await send('/redirect')).toMatchObject({ status: 301, location: '/elsewhere', body: '' })
    connection.close()
    expect(seen).toContain('POST /length s1 {"a":"é"}')
  })

  it('tells a connection cut mid-answer from one dropped without an answer, and reconnects after each', async () => {
    const connection = new KeepAliveConnection('127.0.0.1', port)
    const get = (path: string) => connection.send({ method: 'GET', path, headers: {} })
    expect(await get('/cut')).toEqual({ kind: 'truncated', status: 200 })
    expect(await get('/drop')).toEqual({ kind: 'dropped' })
    expect(await get('/length')).toMatchObject({ kind: 'response', status: 404 })
    connection.close()
  })
})
