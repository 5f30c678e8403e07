import { request } from 'node:http'

import type { RawAnswer } from '../drift/target.js'

export type { RawAnswer }

const TIMEOUT_MS = 10_000

/**
 * Sends one request with node:http, which (unlike fetch) can send a body with GET and HEAD and
 * leaves the path untouched. A connection closed without an answer is `dropped`.
 */
export function sendRaw(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: string | undefined,
  /** Longer for a server whose etcd is down: the real one answers after its 40 s etcd timeout. */
  timeoutMs = TIMEOUT_MS,
): Promise<RawAnswer> {
  const url = new URL(baseUrl)
  const allHeaders: Record<string, string> = { ...headers }
  if (body !== undefined) allHeaders['content-length'] = String(Buffer.byteLength(body))
  return new Promise((resolve) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: allHeaders,
        agent: false,
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', () => resolve({ kind: 'dropped' }))
        res.on('end', () => {
          const contentType = res.headers['content-type']
          const location = res.headers.location
          resolve({
            kind: 'response',
            status: res.statusCode ?? 0,
            contentType: contentType ?? null,
            location: location ?? null,
            body: Buffer.concat(chunks).toString('utf8'),
          })
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', () => resolve({ kind: 'dropped' }))
    // A Buffer, not a string: node:http writes the head together with a string body in the body's
    // encoding (UTF-8), which would re-encode header bytes 0x80–0xFF that should go as they are.
    req.end(body === undefined ? undefined : Buffer.from(body, 'utf8'))
  })
}

/**
 * Whether a server answers at `baseUrl` at all (any status): undefined if it does, else why not
 * (the connection error's code, such as ECONNREFUSED). Tells "no server" apart from a dropped answer.
 */
export function findConnectError(baseUrl: string): Promise<string | undefined> {
  const url = new URL(baseUrl)
  return new Promise((resolve) => {
    const req = request({ host: url.hostname, port: url.port, method: 'GET', path: '/', agent: false })
    req.setTimeout(TIMEOUT_MS, () => req.destroy(Object.assign(new Error('timeout'), { code: 'a timeout' })))
    req.on('response', (res) => {
      res.resume()
      resolve(undefined)
    })
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
    req.end()
  })
}

/** Reads a fetch Response the same way; `Response.error()` or a failed fetch is a dropped connection. */
export async function fromFetchResponse(response: Response): Promise<RawAnswer> {
  if (response.type === 'error') return { kind: 'dropped' }
  let body: string
  try {
    body = await response.text()
  } catch {
    return { kind: 'dropped' }
  }
  return {
    kind: 'response',
    status: response.status,
    contentType: response.headers.get('content-type'),
    location: response.headers.get('location'),
    body,
  }
}
