import { Agent, request } from 'node:http'
import { connect, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../src/node/index.js'

const running: RunningServer[] = []
afterEach(async () => {
  for (const server of running.splice(0)) await server.close()
})

async function start(options: Parameters<typeof startServer>[0] = {}): Promise<RunningServer> {
  const server = await startServer({ port: 0, functions: 0, ...options })
  running.push(server)
  return server
}

function rawSocket(server: RunningServer): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => resolve(socket))
    socket.on('error', reject)
  })
}

const VERSIONS = '/serverless/v1/functions/0@faaspy@hello2/versions'
const ok = async (server: RunningServer) => (await fetch(`${server.url}${VERSIONS}`)).status

describe('clients that misbehave', () => {
  it('keeps serving after a client disconnects halfway through its request', async () => {
    const server = await start()
    const socket = await rawSocket(server)
    socket.write('POST /serverless/v1/functions HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"name":')
    socket.destroy()
    expect(await ok(server)).toBe(200)
  })

  it('keeps serving after a client disconnects while a large answer is written', async () => {
    const server = await start({ load: [{ name: '0@svc@big', versions: 300 }], config: { versionMax: 400 } })
    const socket = await rawSocket(server)
    socket.write('GET /serverless/v1/functions/0@svc@big/versions HTTP/1.1\r\nHost: x\r\n\r\n')
    await new Promise((resolve) => socket.once('data', resolve))
    socket.destroy()
    expect(await ok(server)).toBe(200)
  })

  it('answers others while a slow client trickles its headers', async () => {
    const server = await start()
    const slow = await rawSocket(server)
    const line = 'GET /healthz HTTP/1.1\r\nHost: x\r\n'
    let index = 0
    const trickle = setInterval(() => {
      if (index < line.length) slow.write(line[index++] as string)
    }, 20)
    try {
      const started = performance.now()
      for (let n = 0; n < 5; n++) expect(await ok(server)).toBe(200)
      // Not a timing assertion on the fake's speed: only that the others did not wait for the slow one.
      expect(index).toBeLessThan(line.length)
      expect(performance.now() - started).toBeLessThan(line.length * 20)
    } finally {
      clearInterval(trickle)
      slow.destroy()
    }
  })

  it('closes promptly with keep-alive connections open', async () => {
    const server = await startServer({ port: 0, functions: 0 })
    const agent = new Agent({ keepAlive: true })
    for (let n = 0; n < 10; n++) {
      await new Promise<void>((resolve, reject) =>
        request(`${server.url}${VERSIONS}`, { agent }, (res) => res.resume().on('end', resolve))
          .on('error', reject)
          .end(),
      )
    }
    expect(
      Object.values(agent.sockets).flat().length + Object.values(agent.freeSockets).flat().length,
    ).toBeGreaterThan(0)
    const started = performance.now()
    await server.close()
    expect(performance.now() - started).toBeLessThan(2000)
    agent.destroy()
  })

  it('refuses an oversized body without reading it whole, and keeps serving', async () => {
    const server = await start({ config: { bodyLimit: 1024 } })
    const response = await fetch(`${server.url}/serverless/v1/functions`, {
      method: 'POST',
      body: 'x'.repeat(4096),
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({
      code: 413,
      message:
        'yr-meta-mock: the request body is over the 1024-byte limit (the bodyLimit option, --body-limit)',
    })
    expect(await ok(server)).toBe(200)
  })

  it('answers a GET whose body is over the limit as gin does (the body ignored), on a connection that stays usable', async () => {
    const server = await start({ config: { bodyLimit: 1024 } })
    const socket = await rawSocket(server)
    const get = `GET ${VERSIONS} HTTP/1.1\r\nHost: 127.0.0.1\r\n`
    socket.write(`${get}Content-Length: 4096\r\n\r\n${'x'.repeat(4096)}`)
    socket.write(`${get}\r\n`)
    const received = await new Promise<string>((resolve) => {
      let text = ''
      const timer = setTimeout(() => resolve(text), 3000)
      socket.on('data', (chunk) => {
        text += chunk
        if (text.split('HTTP/1.1 ').length > 2 && text.endsWith('}')) {
          clearTimeout(timer)
          resolve(text)
        }
      })
    })
    socket.destroy()
    expect(received.match(/HTTP\/1\.1 \d+/g)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200'])
  })

  it('refuses an oversized chunked body (no Content-Length) too', async () => {
    const server = await start({ config: { bodyLimit: 1024 } })
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let n = 0; n < 8; n++) controller.enqueue(new TextEncoder().encode('y'.repeat(512)))
        controller.close()
      },
    })
    const response = await fetch(`${server.url}/serverless/v1/functions`, {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(413)
  })
})

describe('safe defaults', () => {
  it('listens on loopback and needs no admin token there', async () => {
    const server = await start()
    expect(server.host).toBe('127.0.0.1')
    expect(server.adminToken).toBeUndefined()
    expect((await fetch(`${server.url}/__admin/health`)).status).toBe(200)
  })

  it('guards /__admin with a generated token when listening beyond loopback', async () => {
    const server = await start({ host: '0.0.0.0' })
    const local = `http://127.0.0.1:${server.port}`
    expect(server.adminToken).toMatch(/^[0-9a-f-]{36}$/)
    const refused = await fetch(`${local}/__admin/health`)
    expect(refused.status).toBe(401)
    expect(((await refused.json()) as { error: string }).error).toContain('Authorization: Bearer')
    const wrong = await fetch(`${local}/__admin/health`, { headers: { authorization: 'Bearer nope' } })
    expect(wrong.status).toBe(401)
    const allowed = await fetch(`${local}/__admin/health`, {
      headers: { authorization: `Bearer ${server.adminToken}` },
    })
    expect(allowed.status).toBe(200)
    expect((await fetch(`${local}${VERSIONS}`)).status).toBe(200)
  })

  it('sends no CORS headers unless asked, and answers preflights when asked', async () => {
    const plain = await start()
    const answer = await fetch(`${plain.url}${VERSIONS}`, { headers: { origin: 'http://app.test' } })
    expect(answer.headers.get('access-control-allow-origin')).toBeNull()
    expect(
      (
        await fetch(`${plain.url}${VERSIONS}`, {
          method: 'OPTIONS',
          headers: { 'access-control-request-method': 'GET', origin: 'http://app.test' },
        })
      ).status,
    ).toBe(404)
    const cors = await start({ cors: 'http://app.test' })
    const preflight = await fetch(`${cors.url}${VERSIONS}`, {
      method: 'OPTIONS',
      headers: {
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-tenant-id',
        origin: 'http://app.test',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://app.test')
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-tenant-id')
    const simple = await fetch(`${cors.url}${VERSIONS}`, { headers: { origin: 'http://app.test' } })
    expect(simple.headers.get('access-control-allow-origin')).toBe('http://app.test')
    expect(simple.status).toBe(200)
  })
})
