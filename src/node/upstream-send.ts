import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { Readable } from 'node:stream'
import type { SendUpstream } from '../proxy/upstream.js'

const TIMEOUT_MS = 30_000

/**
 * Sends a proxied request with node:http: unlike fetch it carries a GET's body (the real server reads
 * one on reserve-instance) and leaves the path as the client wrote it. The answer's body is streamed.
 */
export const sendWithNodeHttp: SendUpstream = (url, init) => {
  const target = new URL(url)
  const headers: Record<string, string> = Object.fromEntries(init.headers)
  if (init.body !== undefined) headers['content-length'] = String(Buffer.byteLength(init.body))
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const request = send(
      {
        host: target.hostname,
        port: target.port,
        method: init.method,
        path: url.slice(target.origin.length),
        headers,
        timeout: TIMEOUT_MS,
      },
      (response) => resolve(toFetchResponse(response)),
    )
    request.on('timeout', () => request.destroy(new Error('upstream timed out')))
    request.on('error', reject)
    request.end(init.body)
  })
}

function toFetchResponse(message: IncomingMessage): Response {
  const headers = new Headers()
  for (const [name, value] of Object.entries(message.headers)) {
    for (const one of [value ?? []].flat()) headers.append(name, one)
  }
  const status = message.statusCode ?? 502
  const noBody = status === 204 || status === 304 || status < 200
  return new Response(noBody ? null : (Readable.toWeb(message) as ReadableStream<Uint8Array>), {
    status,
    headers,
  })
}
