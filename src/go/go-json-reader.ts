import type { JsonNode } from './json-node.js'
import { GoJsonSyntaxError, quoteChar } from './json-syntax-error.js'

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
}
/**
 * Below this depth a container is checked (syntax, Go's depth limit) without building its nodes:
 * JavaScript's stack ends before Go's 10,000 levels, and no request type nests this deep, so its
 * content can never meet a type it could mismatch (`opaque`).
 */
const BUILD_DEPTH = 400

/** The code units a string literal takes as they are, tested one by one; past them a search takes over. */
const SHORT_RUN = 64
// biome-ignore lint/suspicious/noControlCharactersInRegex: a string literal stops at a control character
const RUN_STOP = /["\\\u0000-\u001f]/g

/** Go's JSON scanner over one text: reads values, keeps Go's error messages and offsets. */
export class Reader {
  #at = 0
  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  atEnd(): boolean {
    return this.#at >= this.text.length
  }

  skipWhitespace(): void {
    const text = this.text
    while (this.#at < text.length && isWhitespace(text.charCodeAt(this.#at))) this.#at++
  }

  /** The value here. Each node is built with its `at` (not `{ ...node, at }`: see decision 0017). */
  value(depth: number): JsonNode {
    const at = this.#at
    const char = this.#peek()
    if (char === '{' || char === '[') {
      // Go counts containers: the one that would be past the limit is the error
      if (depth >= this.maxDepth) throw this.#invalid(char, 'exceeded max depth')
      if (depth >= BUILD_DEPTH) return this.#skipContainer(depth)
      return char === '{' ? this.#object(depth, at) : this.#array(depth, at)
    }
    if (char === '"') return { kind: 'string', value: this.#string(), at }
    if (char === '-' || (char >= '0' && char <= '9')) return { kind: 'number', literal: this.#number(), at }
    if (char === 't') return this.#literal('true', { kind: 'bool', value: true, at })
    if (char === 'f') return this.#literal('false', { kind: 'bool', value: false, at })
    if (char === 'n') return this.#literal('null', { kind: 'null', at })
    throw this.#invalid(char, 'looking for beginning of value')
  }

  #object(depth: number, at: number): JsonNode {
    this.#at++
    const entries: Array<readonly [string, JsonNode]> = []
    this.skipWhitespace()
    if (this.#peek() === '}') {
      this.#at++
      return { kind: 'object', entries, at }
    }
    for (;;) {
      this.skipWhitespace()
      const quote = this.#peek()
      if (quote !== '"') throw this.#invalid(quote, 'looking for beginning of object key string')
      const key = this.#string()
      this.#expect(':', 'after object key')
      this.skipWhitespace()
      entries.push([key, this.value(depth + 1)])
      if (this.#separator('}', 'after object key:value pair')) return { kind: 'object', entries, at }
    }
  }

  #array(depth: number, at: number): JsonNode {
    this.#at++
    const items: JsonNode[] = []
    this.skipWhitespace()
    if (this.#peek() === ']') {
      this.#at++
      return { kind: 'array', items, at }
    }
    for (;;) {
      this.skipWhitespace()
      items.push(this.value(depth + 1))
      if (this.#separator(']', 'after array element')) return { kind: 'array', items, at }
    }
  }

  /**
   * A container read without recursion: the same syntax checks and messages, an empty node of its
   * kind (see `BUILD_DEPTH`).
   */
  #skipContainer(depth: number): JsonNode {
    const at = this.#at
    const kind = this.#peek() === '{' ? 'object' : 'array'
    const open: string[] = []
    for (;;) {
      const char = this.#peek()
      if (char === '{' || char === '[') {
        if (depth + open.length >= this.maxDepth) throw this.#invalid(char, 'exceeded max depth')
        open.push(char === '{' ? '}' : ']')
        this.#at++
        this.skipWhitespace()
        if (this.#peek() === open[open.length - 1]) {
          this.#at++
          open.pop()
        } else if (char === '{') {
          this.#memberKey()
          continue
        } else {
          continue
        }
      } else {
        this.value(BUILD_DEPTH - 1)
      }
      // after a value: close every container that ends here, then a comma
      for (;;) {
        if (open.length === 0) return kind === 'object' ? { kind, entries: [], at } : { kind, items: [], at }
        const close = open[open.length - 1] as string
        if (!this.#separator(close, close === '}' ? 'after object key:value pair' : 'after array element'))
          break
        open.pop()
      }
      if (open[open.length - 1] === '}') this.#memberKey()
      else this.skipWhitespace()
    }
  }

  /** An object's key and its colon, up to the value. */
  #memberKey(): void {
    this.skipWhitespace()
    const quote = this.#peek()
    if (quote !== '"') throw this.#invalid(quote, 'looking for beginning of object key string')
    this.#string()
    this.#expect(':', 'after object key')
    this.skipWhitespace()
  }

  /** After a member: true at the closing bracket, false after a comma. */
  #separator(close: string, context: string): boolean {
    this.skipWhitespace()
    const char = this.#peek()
    this.#at++
    if (char === close) return true
    if (char === ',') return false
    throw this.#invalid(char, context)
  }

  #expect(wanted: string, context: string): void {
    this.skipWhitespace()
    const char = this.#peek()
    if (char !== wanted) throw this.#invalid(char, context)
    this.#at++
  }

  #string(): string {
    this.#at++
    let result = ''
    for (;;) {
      // Plain characters are taken a run at a time, found by code unit: one `+=` per character made
      // a chain of a million strings for a 1 MiB value, and a `#peek` per character cost ~5 ms.
      const stop = this.#plainRunEnd(this.#at)
      if (stop > this.#at) result += this.text.slice(this.#at, stop)
      this.#at = stop
      const char = this.#peek()
      this.#at++
      if (char === '"') return this.#ownString(result)
      if (char === '\\') result += this.#escape()
      else throw this.#invalid(char, 'in string literal')
    }
  }

  /** Where the run of characters a string literal takes as they are ends: a quote, a backslash, a control character or the end. */
  #plainRunEnd(from: number): number {
    const text = this.text
    // a short run (a key, most values) by code unit; a long one by a native search
    const shortEnd = Math.min(text.length, from + SHORT_RUN)
    for (let at = from; at < shortEnd; at++) {
      const unit = text.charCodeAt(at)
      if (unit === 0x22 || unit === 0x5c || unit < 0x20) return at
    }
    if (shortEnd === text.length) return shortEnd
    RUN_STOP.lastIndex = shortEnd
    return RUN_STOP.test(text) ? RUN_STOP.lastIndex - 1 : text.length
  }

  /**
   * A string short next to the text as one of its own: V8 makes a slice of a long string a view that
   * keeps the whole original alive, and a decoded value may be stored (a record's description) long
   * after its body. A slice of a concatenation is cut from a fresh flat copy (code unit for code unit,
   * lone surrogates included), ~8× cheaper than the JSON round trip it replaces (52 ms for 44,000
   * strings of 35 characters); a string that is most of the text is left as it is.
   */
  #ownString(text: string): string {
    return text.length < 13 || text.length * 4 > this.text.length ? text : ` ${text}`.slice(1)
  }

  #escape(): string {
    const char = this.#peek()
    this.#at++
    const simple = ESCAPES[char]
    if (simple !== undefined) return simple
    if (char !== 'u') throw this.#invalid(char, 'in string escape code')
    const unit = this.#hex4()
    if (unit < 0xd800 || unit > 0xdfff) return String.fromCharCode(unit)
    // Go pairs a surrogate with a following `\uXXXX` escape only when together they make a
    // character; any other surrogate is U+FFFD (and the next escape is read on its own)
    if (
      this.text.startsWith('\\u', this.#at) &&
      /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.#at + 2, this.#at + 6))
    ) {
      const low = Number.parseInt(this.text.slice(this.#at + 2, this.#at + 6), 16)
      if (unit <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        this.#at += 6
        return String.fromCharCode(unit, low)
      }
    }
    return '\ufffd'
  }

  #hex4(): number {
    let hex = ''
    for (let i = 0; i < 4; i++) {
      const digit = this.#peek()
      if (!/[0-9a-fA-F]/.test(digit)) throw this.#invalid(digit, 'in \\u hexadecimal character escape')
      hex += digit
      this.#at++
    }
    return Number.parseInt(hex, 16)
  }

  #number(): string {
    const start = this.#at
    if (this.text[this.#at] === '-') this.#at++
    this.#digits('in numeric literal', this.text[this.#at] !== '0')
    if (this.text[this.#at] === '0') this.#at++
    if (this.text[this.#at] === '.') {
      this.#at++
      this.#digits('after decimal point in numeric literal', true)
    }
    if (this.text[this.#at] === 'e' || this.text[this.#at] === 'E') {
      this.#at++
      if (this.text[this.#at] === '+' || this.text[this.#at] === '-') this.#at++
      this.#digits('in exponent of numeric literal', true)
    }
    return this.text.slice(start, this.#at)
  }

  /** Reads digits; when `required`, at least one must be there. */
  #digits(context: string, required: boolean): void {
    if (!required) return
    const first = this.#peek()
    if (first < '0' || first > '9') throw this.#invalid(first, context)
    while (/[0-9]/.test(this.text[this.#at] ?? '')) this.#at++
  }

  #literal(word: string, node: JsonNode): JsonNode {
    for (let i = 0; i < word.length; i++) {
      const char = this.#peek()
      if (char !== word[i]) throw this.#invalid(char, `in literal ${word} (expecting '${word[i]}')`)
      this.#at++
    }
    return node
  }

  /** The next character; the input ending inside a value is `unexpected EOF`. */
  #peek(): string {
    const char = this.text[this.#at]
    if (char === undefined) throw new GoJsonSyntaxError('unexpected EOF', this.#at)
    return char
  }

  trailingData(): GoJsonSyntaxError {
    return this.#invalid(this.text[this.#at] ?? '', 'after top-level value')
  }

  #invalid(char: string, context: string): GoJsonSyntaxError {
    return new GoJsonSyntaxError(`invalid character ${quoteChar(char)} ${context}`, this.#at)
  }
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
function isWhitespace(unit: number): boolean {
  return unit === 0x20 || unit === 0x0a || unit === 0x0d || unit === 0x09
}
