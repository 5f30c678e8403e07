/** Go's `strconv.Quote`, as far as the real server's error texts need it. */
const QUOTE_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
}

/** `strconv.Quote` for the characters a query can carry (other controls as `\xNN`). */
export function quoteGo(text: string): string {
  let body = ''
  for (const char of text) body += QUOTE_ESCAPES[char] ?? escapeControl(char)
  return `"${body}"`
}

function escapeControl(char: string): string {
  const code = char.charCodeAt(0)
  if (code >= 0x20 && code !== 0x7f) return char
  return `\\x${code.toString(16).padStart(2, '0')}`
}
