import { connect, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { type RunningServer, startServer } from '../../src/node/index.js'
import { describeEveryFace } from '../support/every-face.js'

// Issue 23, finding 5: `/__admin` read whole bodies with no limit (200 MiB accepted, RSS 659 MB; 700 MiB
// a 500). The body limit (1 MiB by default, decision 0010) now applies to every route, `/__admin`
// included, on every face, and a body over it is refused before it is read whole.

const MiB = 1024 * 1024
const LIMIT_ERROR = 'the request body is over the 1024-byte limit (the bodyLimit option, --body-limit)'

describeEveryFace(
  'issue 23 finding 5: /__admin bodies within the body limit',
  { config: { bodyLimit: 1024 } },
  (api) => {
    it('refuses an admin body over the limit with a 413 naming it, and takes one within it', async () => {
      const filter = JSON.stringify({ method: 'GET', path: `/${'x'.repeat(2048)}` })
      const refused = await api().call('POST', '/__admin/requests/find', filter)
      expect(refused.status).toBe(413)
      expect(refused.body).toEqual({
        error: `${LIMIT_ERROR}; /__admin takes small JSON objects`,
        limit: 1024,
      })
      expect((await api().call('POST', '/__admin/requests/count', { method: 'GET' })).status).toBe(200)
      expect((await api().call('POST', '/__admin/ui/actions/snapshot', 'x'.repeat(4096))).status).toBe(413)
    })
  },
)

/** A body produced chunk by chunk on demand, counting what the reader pulled. */
function countedStream(
  chunk: number,
  total: number,
): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0
  const bytes = new Uint8Array(chunk).fill(0x20)
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close()
      pulled += chunk
      controller.enqueue(bytes)
    },
  })
  return { stream, pulled: () => pulled }
}

describe('issue 23 finding 5: a streamed admin body in-process', () => {
  it('is read no further than the limit', async () => {
    const service = createMetaService({ functions: 0 })
    const { stream, pulled } = countedStream(64 * 1024, 64 * MiB)
    const init = { method: 'POST', body: stream, duplex: 'half' } as RequestInit
    const answer = await service.fetch(new Request('http://fake.test/__admin/requests/find', init))
    expect(answer.status).toBe(413)
    expect(pulled()).toBeLessThanOrEqual(MiB + 64 * 1024)
  })
})

const running: RunningServer[] = []
afterEach(async () => {
  for (const server of running.splice(0)) await server.close()
})

function rawSocket(server: RunningServer): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => resolve(socket))
    socket.on('error', reject)
  })
}

/** The first answer's head on a socket, or '' after `timeoutMs`. */
function firstHead(socket: Socket, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    let text = ''
    const timer = setTimeout(() => resolve(''), timeoutMs)
    socket.on('data', (chunk) => {
      text += chunk
      if (text.includes('\r\n\r\n')) {
        clearTimeout(timer)
        resolve(text)
      }
    })
    socket.on('close', () => resolve(text))
  })
}

describe('issue 23 finding 5: admin bodies on the Node face (1 MiB default)', () => {
  it('refuses an announced 200 MiB body at once, without waiting for it', async () => {
    const server = await startServer({ port: 0, functions: 0 })
    running.push(server)
    const socket = await rawSocket(server)
    const head = firstHead(socket, 5000)
    socket.write(
      `POST /__admin/requests/find HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${200 * MiB}\r\n\r\n{"method"`,
    )
    expect(await head).toMatch(/^HTTP\/1\.1 413 /)
    socket.destroy()
    expect((await fetch(`${server.url}/__admin/health`)).status).toBe(200)
  })

  it('refuses a chunked body once it passes the limit, reading a bounded part of 64 MiB', async () => {
    const server = await startServer({ port: 0, functions: 0 })
    running.push(server)
    const socket = await rawSocket(server)
    const head = firstHead(socket, 20_000)
    let answered = false
    void head.then(() => {
      answered = true
    })
    socket.write(
      'POST /__admin/reset HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
    )
    const chunk = `${(64 * 1024).toString(16)}\r\n${' '.repeat(64 * 1024)}\r\n`
    let sent = 0
    // Bounded: at most 64 MiB, and no further once an answer came or the socket is gone.
    while (!answered && !socket.destroyed && sent < 64 * MiB) {
      sent += 64 * 1024
      if (!socket.write(chunk)) await new Promise((resolve) => setTimeout(resolve, 5))
    }
    expect(await head).toMatch(/^HTTP\/1\.1 413 /)
    expect(sent).toBeLessThan(32 * MiB)
    socket.destroy()
  })
})
