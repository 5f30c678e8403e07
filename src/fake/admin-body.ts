import { toAdminError } from '../admin/admin-responses.js'
import { type MaybePromise, whenReady } from '../support/maybe-promise.js'
import type { FaceBindings } from '../wire/face-bindings.js'
import { withRequestBody } from '../wire/request-body.js'

/**
 * An `/__admin` call with its body read within the body limit, or the 413 that refuses it. The admin
 * routes read whole bodies (`request.text()`), so they are handed one no larger than the limit: the
 * face's copy when it read one, else the request's stream read up to the limit and no further
 * (a Content-Length over it is refused unread, a chunked body once it passes it).
 */
export function withBoundedAdminBody(
  request: Request,
  face: FaceBindings,
  limit: number,
): MaybePromise<Request | Response> {
  if (face.bodyTooLarge) return toBodyTooLarge(limit)
  return whenReady(withRequestBody(request, face, limit), (read) =>
    read.bodyTooLarge ? toBodyTooLarge(limit) : withFaceBody(request, read),
  )
}

/** The request with the body already read, for routes that read `request`. */
function withFaceBody(request: Request, face: FaceBindings): Request {
  if (face.body === undefined || request.method === 'GET' || request.method === 'HEAD') return request
  return new Request(request.url, { method: request.method, headers: request.headers, body: face.body })
}

function toBodyTooLarge(limit: number): Response {
  return toAdminError(
    413,
    `the request body is over the ${limit}-byte limit (the bodyLimit option, --body-limit); ` +
      '/__admin takes small JSON objects',
    { limit },
  )
}
