/** A body Go's `json.Decoder` refuses; `message` is Go's own text (`EOF`, `invalid character …`). */
export class GoJsonSyntaxError extends Error {
  override readonly name = 'GoJsonSyntaxError'
  constructor(
    message: string,
    /** Where in the text the decoder stopped. */
    readonly offset: number,
  ) {
    super(message)
  }
}

/**
 * Go's `quoteChar` of the byte the scanner stopped at: `'x'`, with `'` and control characters
 * escaped. Go's scanner reads bytes: at a character beyond ASCII it stops at its first UTF-8 byte,
 * which its message prints as the character of that code (a byte order mark's 0xEF is `ï`).
 */
export function quoteChar(char: string): string {
  const byte = firstByte(char)
  if (byte === "'") return "'\\''"
  if (byte === '"') return `'"'`
  const quoted = JSON.stringify(byte).slice(1, -1)
  return `'${quoted.replace(/\\u00([0-9a-f]{2})/g, '\\x$1')}'`
}

function firstByte(char: string): string {
  const code = char.codePointAt(0) ?? 0
  if (code < 0x80) return char
  return String.fromCharCode(new TextEncoder().encode(String.fromCodePoint(code))[0] as number)
}
