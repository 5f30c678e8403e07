/**
 * The request-target as Go's `net/http` reads it (`url.ParseRequestURI`): the path unescaped once
 * (no dot segments removed, `#` kept), the raw query after the first `?`. A target Go refuses is
 * `undefined`: its server answers `400 Bad Request` before any handler runs. Only a face that sees
 * the target as sent (the Node face, `FaceBindings.rawTarget`) can ask: a Fetch `Request` has already
 * normalized it.
 * @example parseGoRequestTarget('/serverless/v1/functions/./x?a=1#f') // { path: '/serverless/v1/functions/./x', rawQuery: 'a=1#f' }
 */
export function parseGoRequestTarget(target: string): GoRequestTarget | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: Go refuses control bytes in a URL
  if (target === '' || /[\u0000-\u001f\u007f]/.test(target)) return undefined
  if (target === '*') return { path: '*', rawQuery: '' }
  const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.exec(target)?.[0]
  let rest = scheme ? target.slice(scheme.length) : target
  const question = rest.indexOf('?')
  const rawQuery = question < 0 ? '' : rest.slice(question + 1)
  if (question >= 0) rest = rest.slice(0, question)
  if (!rest.startsWith('/')) return scheme ? { path: '', rawQuery } : undefined
  if (scheme && rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2)
    rest = slash < 0 ? '' : rest.slice(slash)
  }
  const path = goUnescapePath(rest)
  return path === undefined ? undefined : { path, rawQuery }
}

export interface GoRequestTarget {
  /** `URL.Path`: unescaped once, bytes that are not UTF-8 kept as lone surrogates (see `goBytesToString`). */
  readonly path: string
  /** `URL.RawQuery`, as sent. */
  readonly rawQuery: string
}

/** `unescape(s, encodePath)`: every `%` must start two hex digits; `+` stays. Undefined when Go refuses it. */
export function goUnescapePath(text: string): string | undefined {
  if (!text.includes('%')) return latin1ToGoString(text)
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code !== 0x25) {
      bytes.push(code & 0xff)
      continue
    }
    const hex = text.slice(i + 1, i + 3)
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) return undefined
    bytes.push(Number.parseInt(hex, 16))
    i += 2
  }
  return goBytesToString(Uint8Array.from(bytes))
}

/** Text whose characters are bytes (how node:http hands over a target), read as Go reads bytes. */
function latin1ToGoString(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is the common case, kept as is
  if (/^[\u0000-\u007f]*$/.test(text)) return text
  return goBytesToString(Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff))
}

/**
 * Bytes as a Go string becomes in JavaScript: UTF-8 decoded, and each byte that is not part of a
 * valid sequence kept as a lone surrogate U+DC80–U+DCFF (so that `toGoJson` can write it as Go
 * does, `\ufffd`, apart from a real U+FFFD, which Go writes as itself).
 */
export function goBytesToString(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  while (i < bytes.length) {
    const length = validSequenceLength(bytes, i)
    if (length === 0) {
      out += String.fromCharCode(0xdc00 + (bytes[i] as number))
      i++
      continue
    }
    out += new TextDecoder().decode(bytes.subarray(i, i + length))
    i += length
  }
  return out
}

/** The length of the valid UTF-8 sequence starting at `i`, or 0 (Go's `utf8.DecodeRune` rules). */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] as number
  if (lead < 0x80) return 1
  const [length, low, high] =
    lead >= 0xc2 && lead <= 0xdf
      ? [2, 0x80, 0xbf]
      : lead === 0xe0
        ? [3, 0xa0, 0xbf]
        : lead === 0xed
          ? [3, 0x80, 0x9f]
          : lead >= 0xe1 && lead <= 0xef
            ? [3, 0x80, 0xbf]
            : lead === 0xf0
              ? [4, 0x90, 0xbf]
              : lead === 0xf4
                ? [4, 0x80, 0x8f]
                : lead >= 0xf1 && lead <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0]
  if (length === 0 || i + length > bytes.length) return 0
  const second = bytes[i + 1] as number
  if (second < low || second > high) return 0
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k] as number
    if (next < 0x80 || next > 0xbf) return 0
  }
  return length
}
