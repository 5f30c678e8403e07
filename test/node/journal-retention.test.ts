import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { request } from 'node:http'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../src/node/index.js'

// On the Node face a request's headers hold the socket's IncomingMessage: the journal must keep the
// headers as they came, not that object, or every entry keeps a message (and what it references) alive.

const running: RunningServer[] = []
afterEach(async () => {
  for (const server of running.splice(0)) await server.close()
})

const collectGarbage = async () => {
  setFlagsFromString('--expose-gc')
  await new Promise((resolve) => setImmediate(resolve)) // WeakRefs clear between jobs
  ;(runInNewContext('gc') as () => void)()
  await new Promise((resolve) => setImmediate(resolve))
}

/** A GET with the headers given as raw pairs (a repeated name stays repeated on the wire). */
function get(url: string, rawHeaders: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { headers: rawHeaders, agent: false }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
    sent.on('error', reject)
    sent.end()
  })
}

describe('the journal on the Node face', () => {
  it('keeps no IncomingMessage alive, and still gives the headers as the Fetch API reads them', async () => {
    const server = await startServer({ port: 0, functions: 0 })
    running.push(server)
    const messages: WeakRef<object>[] = []
    const onRequest = (message: unknown) => {
      messages.push(new WeakRef((message as { request: object }).request))
    }
    subscribe('http.server.request.start', onRequest)
    try {
      for (let n = 0; n < 20; n++) {
        const status = await get(`${server.url}/healthz?n=${n}`, [
          'Host',
          '127.0.0.1',
          'X-Extra',
          'a',
          'x-extra',
          'b',
          'X-Mock-Session',
          'held',
        ])
        expect(status).toBe(200)
      }
    } finally {
      unsubscribe('http.server.request.start', onRequest)
    }
    await collectGarbage()
    expect(messages).toHaveLength(20)
    expect(messages.filter((ref) => ref.deref() !== undefined)).toHaveLength(0)
    const entries = server.service.journal.find({}, { session: 'held' })
    expect(entries).toHaveLength(20)
    expect(entries[0]?.headers).toMatchObject({ 'x-extra': 'a, b', 'x-mock-session': 'held' })
  })
})
