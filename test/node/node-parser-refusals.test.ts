import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMetaService } from '../../src/index.js'
import { type RunningServer, startServer } from '../../src/node/index.js'

// The known divergences the Node face cannot remove (test/golden/DIVERGENCES.md): Node's HTTP
// parser refuses these requests with its own 400 and the fake never sees them (its journal stays
// empty), while the real server (Go's net/http) answers them: FOO → gin's 404, a raw UTF-8 path →
// the handler (500 "invalid URN: 中"), a raw UTF-8 query → the list.

let server: RunningServer
const service = createMetaService({ functions: 0, docExample: false, logLevel: 'silent' })

/** Writes a request byte for byte and reads the whole answer (the server closes after a refusal). */
function rawExchange(head: Buffer): Promise<string> {
  const { port } = new URL(server.url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(head))
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')))
  })
}

const request = (line: Buffer | string) =>
  Buffer.concat([Buffer.from(line), Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')])

beforeAll(async () => {
  server = await startServer({ port: 0, service })
})
afterAll(() => server.close())

describe("requests Node's HTTP parser refuses before the fake", () => {
  it('(a request Node takes does reach the fake: the journal counts it)', async () => {
    const before = service.journal.count()
    const answer = await rawExchange(request('GET /serverless/v1/functions'))
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 200 OK')
    expect(service.journal.count()).toBe(before + 1)
  })

  it.each([
    ['an unknown method', request('FOO /serverless/v1/functions')],
    [
      'raw UTF-8 in the path',
      request(Buffer.concat([Buffer.from('GET /serverless/v1/functions/'), Buffer.from('中')])),
    ],
    [
      'raw UTF-8 in the query',
      request(Buffer.concat([Buffer.from('GET /serverless/v1/functions?name='), Buffer.from('中')])),
    ],
  ])('%s: a 400 from Node, and nothing reaches the fake', async (_, head) => {
    const before = service.journal.count()
    const answer = await rawExchange(head)
    expect(answer.startsWith('HTTP/1.1 400 Bad Request')).toBe(true)
    expect(service.journal.count()).toBe(before)
  })
})
