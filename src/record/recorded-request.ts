import type { Exchange } from '../engine/record-exchange.js'
import { toPathAndQuery } from '../proxy/upstream.js'
import { toDecodedPath } from '../wire/decoded-path.js'
import { utf8Length } from './byte-budget.js'
import type { RecordedExchange } from './recorded-exchange.js'
import { toRecordedHeaders } from './redaction.js'

/** The request half of a recorded exchange. */
export type RecordedRequest = Pick<
  RecordedExchange,
  'method' | 'path' | 'rawPath' | 'query' | 'headers' | 'body'
>

/**
 * What a recording keeps of a request, read from the request itself as the engine passes it on: the
 * body whole (the journal keeps less), headers redacted. Read at once: the request is not kept.
 */
export function toRecordedRequest(exchange: Exchange, redacted: readonly string[]): RecordedRequest {
  const { request, face } = exchange
  const url = request.url
  return {
    method: request.method.toUpperCase(),
    path: toDecodedPath(request),
    rawPath: toPathAndQuery(url),
    query: Object.fromEntries(new URL(url).searchParams),
    headers: toRecordedHeaders(toHeaderRecord(face.rawHeaders ?? request.headers), redacted),
    body: face.body ?? '',
  }
}

/** The bytes a recorded request holds (its texts in UTF-8), as the recording's budget counts them. */
export function recordedRequestBytes(request: RecordedRequest): number {
  let bytes = utf8Length(request.method) + utf8Length(request.rawPath) + utf8Length(request.body)
  for (const [name, value] of Object.entries(request.headers)) bytes += name.length + utf8Length(value)
  return bytes
}

/** Headers as the Fetch API reads them (names lower-cased, repeats joined), from the raw list too. */
function toHeaderRecord(headers: Headers | readonly string[]): Record<string, string> {
  if (headers instanceof Headers) return Object.fromEntries(headers)
  const read = new Headers()
  for (let index = 0; index + 1 < headers.length; index += 2) {
    const name = headers[index] as string
    // HTTP/2's pseudo-headers (`:path`…) are not headers to the Fetch API.
    if (!name.startsWith(':')) read.append(name, headers[index + 1] as string)
  }
  return Object.fromEntries(read)
}
