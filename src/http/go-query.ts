import type { Context } from 'hono'
import type { FaceBindings } from '../wire/face-bindings.js'
import { parseGoRequestTarget } from '../wire/go-request-target.js'

const parsed = new WeakMap<Request, ReadonlyMap<string, string>>()

/**
 * The query as gin's `c.Query` sees it: Go's `url.ParseQuery` splits on `&` only and drops (with an
 * error nobody reads) every pair containing `;` or a bad `%` escape; the first value of a key wins.
 * @example parseGoQuery('name=a;b&pageSize=2') // Map { 'pageSize' => '2' }
 */
export function parseGoQuery(rawQuery: string): ReadonlyMap<string, string> {
  const values = new Map<string, string>()
  for (const pair of rawQuery.split('&')) {
    if (pair === '' || pair.includes(';')) continue
    const at = pair.indexOf('=')
    const key = unescapeQuery(at < 0 ? pair : pair.slice(0, at))
    const value = unescapeQuery(at < 0 ? '' : pair.slice(at + 1))
    if (key === undefined || value === undefined || values.has(key)) continue
    values.set(key, value)
  }
  return values
}

const PLUS_OR_PERCENT = /[+%]/

/** `url.QueryUnescape`: `+` is a space, `%XX` a byte; a malformed escape is an error (undefined). */
function unescapeQuery(text: string): string | undefined {
  // Most keys and values have nothing to unescape (the soak's mix: none has).
  if (!PLUS_OR_PERCENT.test(text)) return text
  if (/%(?![0-9a-fA-F]{2})/.test(text)) return undefined
  const spaced = text.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(spaced)
  } catch {
    // Bytes that are not UTF-8: Go keeps them; the nearest JavaScript string replaces them.
    return new TextDecoder().decode(toBytes(spaced))
  }
}

function toBytes(text: string): Uint8Array {
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '%') {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16))
      i += 2
    } else bytes.push(...new TextEncoder().encode(text[i]))
  }
  return new Uint8Array(bytes)
}

/** One query value of a request as the real server reads it (`c.Query`); undefined when absent. */
export function goQuery(c: Context, key: string): string | undefined {
  const request = c.req.raw
  let values = parsed.get(request)
  if (!values) {
    // the target as sent, when the face has it: Go keeps a `#` and what follows in the raw query
    const raw = (c.env as FaceBindings | undefined)?.rawTarget
    const target = raw === undefined ? undefined : parseGoRequestTarget(raw)
    const url = request.url
    const start = url.indexOf('?')
    values = parseGoQuery(target?.rawQuery ?? (start < 0 ? '' : (url.slice(start + 1).split('#')[0] ?? '')))
    parsed.set(request, values)
  }
  return values.get(key)
}
