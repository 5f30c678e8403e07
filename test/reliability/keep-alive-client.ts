import { connect, type Socket } from 'node:net'
import type { Outcome } from '../support/outcome.js'

/** One request, already in the form the wire needs. */
export interface RawRequest {
  readonly method: string
  readonly path: string
  readonly headers: Readonly<Record<string, string>>
  readonly body?: string
}

const HEAD_END = Buffer.from('\r\n\r\n')
const CHUNK_LINE_END = Buffer.from('\r\n')

/**
 * A minimal HTTP/1.1 client over one keep-alive TCP connection, one request at a time. Why not
 * `node:http`: at thousands of requests a second its client cost the soak more CPU than the server it
 * measured (two shared cores), so the soak measured its own client. This one builds each request as
 * one string and parses just what the answer checks read (status, content type, location, body,
 * with a content length or chunks). A connection closed without an answer is `dropped`, one closed
 * mid-answer `truncated`; either way the next request opens a new connection.
 */
export class KeepAliveConnection {
  readonly #host: string
  readonly #port: number
  #socket: Socket | undefined
  #pending: { resolve: (outcome: Outcome) => void; parser: ResponseParser } | undefined

  constructor(host: string, port: number) {
    this.#host = host
    this.#port = port
  }

  send(request: RawRequest): Promise<Outcome> {
    const socket = this.#socket ?? this.#open()
    return new Promise((resolve) => {
      this.#pending = { resolve, parser: new ResponseParser() }
      socket.write(toWire(request, `${this.#host}:${this.#port}`))
    })
  }

  close(): void {
    this.#socket?.destroy()
    this.#socket = undefined
  }

  #open(): Socket {
    const socket = connect({ host: this.#host, port: this.#port, noDelay: true })
    socket.on('data', (chunk: Buffer) => this.#onData(chunk))
    socket.on('error', () => {}) // 'close' follows and settles the pending request
    socket.on('close', () => this.#onClose(socket))
    this.#socket = socket
    return socket
  }

  #onData(chunk: Buffer): void {
    const pending = this.#pending
    if (!pending) return
    const outcome = pending.parser.push(chunk)
    if (!outcome) return
    this.#pending = undefined
    if (pending.parser.closesConnection) this.close()
    pending.resolve(outcome)
  }

  #onClose(socket: Socket): void {
    if (this.#socket === socket) this.#socket = undefined
    const pending = this.#pending
    if (!pending) return
    this.#pending = undefined
    pending.resolve(pending.parser.cutShort())
  }
}

function toWire(request: RawRequest, host: string): string {
  let head = `${request.method} ${request.path} HTTP/1.1\r\nhost: ${host}\r\n`
  for (const [name, value] of Object.entries(request.headers)) head += `${name}: ${value}\r\n`
  const body = request.body ?? ''
  if (request.body !== undefined || request.method !== 'GET') {
    head += `content-length: ${Buffer.byteLength(body)}\r\n`
  }
  return `${head}\r\n${body}`
}

interface Head {
  readonly status: number
  readonly headers: ReadonlyMap<string, string>
}

/** Reads one response from the chunks a connection delivers; `push` returns it once whole. */
class ResponseParser {
  #buffer: Buffer = Buffer.alloc(0)
  #head: Head | undefined
  closesConnection = false

  push(chunk: Buffer): Outcome | undefined {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk])
    if (!this.#head && !this.#readHead()) return undefined
    const body = this.#readBody()
    return body === undefined ? undefined : this.#toOutcome(body)
  }

  /** The connection closed before the answer was whole. */
  cutShort(): Outcome {
    return this.#head ? { kind: 'truncated', status: this.#head.status } : { kind: 'dropped' }
  }

  #readHead(): boolean {
    const end = this.#buffer.indexOf(HEAD_END)
    if (end < 0) return false
    const [statusLine = '', ...lines] = this.#buffer.subarray(0, end).toString('latin1').split('\r\n')
    const headers = new Map<string, string>()
    for (const line of lines) {
      const colon = line.indexOf(':')
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
    }
    this.#head = { status: Number(statusLine.split(' ')[1]), headers }
    this.closesConnection = headers.get('connection')?.toLowerCase() === 'close'
    this.#buffer = this.#buffer.subarray(end + HEAD_END.length)
    return true
  }

  /** The whole body once it has arrived, else undefined. */
  #readBody(): Buffer | undefined {
    const headers = (this.#head as Head).headers
    if (headers.get('transfer-encoding')?.toLowerCase() === 'chunked') return this.#readChunks()
    const length = Number(headers.get('content-length') ?? 0)
    return this.#buffer.length >= length ? this.#buffer.subarray(0, length) : undefined
  }

  #readChunks(): Buffer | undefined {
    const parts: Buffer[] = []
    let at = 0
    for (;;) {
      const lineEnd = this.#buffer.indexOf(CHUNK_LINE_END, at)
      if (lineEnd < 0) return undefined
      const size = Number.parseInt(this.#buffer.subarray(at, lineEnd).toString('latin1'), 16)
      const start = lineEnd + CHUNK_LINE_END.length
      if (this.#buffer.length < start + size + CHUNK_LINE_END.length) return undefined
      if (size === 0) return Buffer.concat(parts)
      parts.push(this.#buffer.subarray(start, start + size))
      at = start + size + CHUNK_LINE_END.length
    }
  }

  #toOutcome(body: Buffer): Outcome {
    const head = this.#head as Head
    return {
      kind: 'response',
      status: head.status,
      contentType: head.headers.get('content-type') ?? null,
      location: head.headers.get('location') ?? null,
      body: body.toString('utf8'),
    }
  }
}
