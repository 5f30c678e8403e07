const GO_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}

/**
 * Encodes JSON as Go's `encoding/json` does for the real server: compact, with `<`, `>`, `&`
 * and the JavaScript line separators escaped. Key order is the object's own.
 * @example toGoJson({ a: '<b>' }) // '{"a":"\\u003cb\\u003e"}'
 */
export function toGoJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => GO_ESCAPES[char] ?? char)
}
