import type { EventEmitter } from 'node:events'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { HandleRequest } from '../fake/front-door.js'

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void

/**
 * Requests whose target is `*` (`OPTIONS *`, `GET *`): the adapter refuses them with its own 400
 * before the fake sees them, while Go's net/http answers `OPTIONS *` itself and gin routes the rest
 * (404). They go to the fake here, with the target in `rawTarget`, and its answer is written back.
 */
export function answerAsteriskTargets(server: EventEmitter, handle: HandleRequest): void {
  const adapter = server.listeners('request') as RequestListener[]
  server.removeAllListeners('request')
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (request.url !== '*') {
      for (const listener of adapter) listener(request, response)
      return
    }
    void answer(request, response, handle)
  })
}

async function answer(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  handle: HandleRequest,
): Promise<void> {
  const headers = new Headers()
  for (let i = 0; i + 1 < incoming.rawHeaders.length; i += 2) {
    headers.append(incoming.rawHeaders[i] as string, incoming.rawHeaders[i + 1] as string)
  }
  const request = new Request(`http://${headers.get('host') ?? 'localhost'}/`, {
    method: incoming.method,
    headers,
  })
  const outcome = await handle(request, { fromSocket: true, rawHeaders: incoming.rawHeaders, rawTarget: '*' })
  if (outcome.kind !== 'answer') {
    outgoing.socket?.destroy()
    return
  }
  const body = Buffer.from(await outcome.response.arrayBuffer())
  outgoing.writeHead(outcome.response.status, Object.fromEntries(outcome.response.headers))
  outgoing.end(body)
}
