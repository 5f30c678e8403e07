/** A key that an object in a JSON text gives more than once. */
export interface DuplicateKey {
  /** The members from the root down to the repeated key, the key last (array items by index). */
  readonly path: readonly string[]
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d

/** An object or array the scanner is inside, and the member it is at. */
interface Frame {
  /** The keys seen so far; absent for an array. */
  readonly keys?: Set<string>
  /** In an object: whether the next string is a key (after `{` or `,`). */
  expectingKey: boolean
  /** The key or index of the member being read. */
  member: string
  index: number
}

/**
 * The first key that some object of `text`, at any depth, gives twice (`{"method":"GET","method":"POST"}`),
 * or undefined. `JSON.parse` silently keeps the last one, so a caller that wants every key to count
 * checks this after `JSON.parse` has accepted the text (the scanner trusts that the text is valid JSON).
 * One pass left to right with its own stack: linear time, and deep nesting cannot overflow the call stack.
 * Keys compare as decoded strings, so `"a"` and `"\u0061"` are the same key.
 * @example findDuplicateKey('{"a":{"b":1,"b":2}}') // { path: ['a', 'b'] }
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const frames: Frame[] = []
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    const frame = frames[frames.length - 1]
    if (code === QUOTE) {
      const end = endOfString(text, at)
      if (frame?.keys && frame.expectingKey) {
        const key = decodeKey(text.slice(at, end + 1))
        if (frame.keys.has(key)) return { path: [...frames.slice(0, -1).map((f) => f.member), key] }
        frame.keys.add(key)
        frame.expectingKey = false
        frame.member = key
      }
      at = end
    } else if (code === OPEN_OBJECT) {
      frames.push({ keys: new Set(), expectingKey: true, member: '', index: 0 })
    } else if (code === OPEN_ARRAY) {
      frames.push({ expectingKey: false, member: '0', index: 0 })
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      frames.pop()
    } else if (code === COMMA && frame) {
      if (frame.keys) frame.expectingKey = true
      else frame.member = String(++frame.index)
    }
  }
  return undefined
}

/** Where the string that opens at `start` closes (the index of its closing quote). */
function endOfString(text: string, start: number): number {
  let at = start + 1
  while (at < text.length) {
    const code = text.charCodeAt(at)
    if (code === QUOTE) return at
    at += code === BACKSLASH ? 2 : 1
  }
  return text.length
}

/** A key's text as JSON gives it: escapes decoded only when there are any. */
function decodeKey(literal: string): string {
  return literal.includes('\\') ? (JSON.parse(literal) as string) : literal.slice(1, -1)
}
