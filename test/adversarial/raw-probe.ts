import { connect, type Socket } from 'node:net'

/** What came back on one raw connection. */
export interface ProbeResult {
  /** The status codes of the answers read, in order (`HTTP/1.1 200 OK` → 200). */
  readonly statuses: readonly number[]
  /** How the wait ended: the server closed (or reset) the connection, or it answered and kept it. */
  readonly ended: 'closed' | 'answered'
  /** Nothing came back within the bound: the server neither answered nor closed. */
  readonly hung: boolean
  readonly bytes: number
}

export interface ProbeOptions {
  /** The bytes sent, in one write or in several (each write waits `gapMs` after the previous one). */
  readonly send: string | Buffer | ReadonlyArray<string | Buffer>
  /** Half-close after sending (the client says it has nothing more), for requests left unfinished. */
  readonly fin?: boolean
  /** Stop waiting once this many answers are read on a connection the server keeps. Default 1. */
  readonly answers?: number
  readonly gapMs?: number
  /** How long to wait for an answer or a close before calling it a hang. */
  readonly boundMs: number
}

/**
 * Sends raw bytes to 127.0.0.1:port over node:net (no HTTP client to tidy them up) and reads until
 * the server closes the connection, has answered `answers` times, or the bound passes.
 */
export function probe(port: number, options: ProbeOptions): Promise<ProbeResult> {
  const parts =
    typeof options.send === 'string' || Buffer.isBuffer(options.send) ? [options.send] : options.send
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let received = Buffer.alloc(0)
    let settled = false
    const finish = (ended: ProbeResult['ended'], hung: boolean) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      resolve({ statuses: readStatuses(received), ended, hung, bytes: received.length })
    }
    const timer = setTimeout(() => finish('answered', true), options.boundMs)
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk])
      if (readStatuses(received).length >= (options.answers ?? 1) && isWholeAnswer(received))
        finish('answered', false)
    })
    socket.on('error', () => finish('closed', false))
    socket.on('close', () => finish('closed', false))
    socket.on('connect', () => void write(socket, parts, options))
  })
}

async function write(socket: Socket, parts: ReadonlyArray<string | Buffer>, options: ProbeOptions) {
  for (const [index, part] of parts.entries()) {
    if (socket.destroyed) return
    if (index > 0 && options.gapMs) await new Promise((resolve) => setTimeout(resolve, options.gapMs))
    socket.write(part)
  }
  if (options.fin && !socket.destroyed) socket.end()
}

/**
 * The status codes of every status line in what was read (1xx interim answers included). A line
 * may follow a body that ends in a bare `\n` (admin answers do), so any line start counts.
 */
export function readStatuses(received: Buffer): number[] {
  const text = received.toString('latin1')
  return [...text.matchAll(/(?:^|\n)HTTP\/1\.[01] (\d{3}) /g)].map((match) => Number(match[1]))
}

/** Whether the last answer read has all its headers and, when it says how long it is, its body. */
function isWholeAnswer(received: Buffer): boolean {
  const text = received.toString('latin1')
  const start = text.lastIndexOf('HTTP/1.')
  const headersEnd = text.indexOf('\r\n\r\n', start)
  if (headersEnd === -1) return false
  const head = text.slice(start, headersEnd)
  if (/^HTTP\/1\.[01] 1\d\d/.test(head)) return false
  const length = /\r\ncontent-length: *(\d+)/i.exec(head)
  if (length) return Buffer.byteLength(text.slice(headersEnd + 4), 'latin1') >= Number(length[1])
  if (/\r\ntransfer-encoding: *chunked/i.test(head)) return text.endsWith('0\r\n\r\n')
  return true
}
