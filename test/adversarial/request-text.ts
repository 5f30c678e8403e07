// The pieces the malformed-HTTP corpus builds its requests from.

/** One malformed request: the bytes, how they are sent, and what must (at least) come back. */
export interface MalformedCase {
  readonly name: string
  readonly send: string | Buffer | ReadonlyArray<string | Buffer>
  /** Half-close after sending: for requests left unfinished on purpose. */
  readonly fin?: boolean
  /** How many answers a kept connection gives before the probe stops reading. */
  readonly answers?: number
  /** The statuses that must come back, in order (absent: any answer or a close will do). */
  readonly statuses?: readonly number[]
  /** Statuses that must not come back (a smuggled request answered, a body limit skipped). */
  readonly never?: readonly number[]
}

export const CRLF = '\r\n'
export const H = 'Host: 127.0.0.1'
/** A request from its lines, ended by an empty line. */
export const req = (...lines: string[]) => `${lines.join(CRLF)}${CRLF}${CRLF}`
/** A POST; to `/__admin` as JSON, which admin writes need (a web page elsewhere cannot send it unasked). */
export const post = (path: string, headers: string[], body: string) =>
  `POST ${path} HTTP/1.1${CRLF}${[H, ...(path.startsWith('/__admin') ? [ADMIN_JSON] : []), ...headers].join(CRLF)}${CRLF}${CRLF}${body}`
const ADMIN_JSON = 'Content-Type: application/json'
export const COUNT = '/__admin/requests/count'
export const FUNCTIONS = '/serverless/v1/functions'
export const MIB = 1024 * 1024
/** A request hidden in another's body: only a server that ignores the body's length would run it. */
export const SMUGGLED = `POST /__admin/reset?all=true HTTP/1.1${CRLF}${H}${CRLF}Content-Length: 0${CRLF}${CRLF}`
