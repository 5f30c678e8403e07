/**
 * Every request header the real server's routes read. Beside the session's data and settings, a
 * GET's answer depends on its URL (method, path, query) and these headers alone, so the answer
 * cache keys on exactly this list. It once keyed on the tenant and product only, and replayed one
 * caller's `X-Forwarded-Prefix` redirect to every other caller (issue 23). Routes read headers only
 * through `readAnswerHeader`, whose type admits these names; test/architecture checks that no route
 * reads one another way.
 */
export const ANSWER_HEADERS = ['x-tenant-id', 'x-product-id', 'x-forwarded-prefix'] as const

/** A header the real server's answers may depend on. */
export type AnswerHeader = (typeof ANSWER_HEADERS)[number]

/** A request header as a route reads it (`null` when absent). @example readAnswerHeader(headers, 'x-tenant-id') */
export function readAnswerHeader(headers: Headers, name: AnswerHeader): string | null {
  return headers.get(name)
}

/**
 * What a GET's answer depends on beside the data: its URL and every header of `ANSWER_HEADERS`.
 * Where the face has the request-target as sent (`FaceBindings.rawTarget`), that target stands for
 * the URL: `./x` and `x` are one URL but two answers. Without any of those headers (most requests)
 * the URL (or `raw <target>`) itself. A URL holds no line break and a header value none either, so
 * an absent header (`\n`) never meets a present one (`\n=value`), and the two forms never meet; a
 * URL begins with its scheme, never with `raw `.
 * @example toAnswerKey(new Request('http://h/healthz')) // 'http://h/healthz'
 */
export function toAnswerKey(request: Request, rawTarget?: string): string {
  const { headers } = request
  const target = rawTarget === undefined ? request.url : `raw ${rawTarget}`
  let key: string | undefined
  for (let index = 0; index < ANSWER_HEADERS.length; index++) {
    const value = headers.get(ANSWER_HEADERS[index] as AnswerHeader)
    if (value === null && key === undefined) continue
    key ??= `${target}${'\n'.repeat(index)}`
    key += value === null ? '\n' : `\n=${value}`
  }
  return key ?? target
}
