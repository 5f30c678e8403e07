import { type Exchange, toHeaderRecord } from '../engine/record-exchange.js'
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
