const encoder = new TextEncoder()
const decoder = new TextDecoder()
/** Where `cutUtf8` encodes: grown to the largest cut asked for, then reused. */
let scratch = new Uint8Array(0)

/** Text as UTF-8 cut to a number of bytes, and the whole text's size. */
export interface CutBytes {
  /** At most `maxBytes`, ending on a whole character; a copy of its own. */
  readonly data: Uint8Array
  /** The whole text's size in UTF-8 bytes. */
  readonly bytes: number
  readonly cut: boolean
}

/** Text cut to a number of UTF-8 bytes, and the whole text's size. */
export interface CutText {
  /** At most `maxBytes` of UTF-8, ending on a whole character; a string of its own (see `cutUtf8`). */
  readonly text: string
  /** The whole text's size in UTF-8 bytes. */
  readonly bytes: number
  readonly cut: boolean
}

/**
 * Encodes `text` as UTF-8 up to `maxBytes` (`knownBytes`: its whole size, if the reader counted it;
 * else the rest is measured here, in one pass).
 */
export function encodeWithin(text: string, maxBytes: number, knownBytes?: number): CutBytes {
  if (scratch.length < maxBytes) scratch = new Uint8Array(maxBytes)
  const { read, written } = encoder.encodeInto(text, scratch.subarray(0, maxBytes))
  const data = scratch.slice(0, written)
  if (read === text.length) return { data, bytes: written, cut: false }
  return { data, bytes: knownBytes ?? written + utf8Length(text, read), cut: true }
}

export function decodeUtf8(data: Uint8Array): string {
  return decoder.decode(data)
}

/**
 * Cuts `text` to at most `maxBytes` of UTF-8. The kept part is a new string, not a slice: V8 makes
 * `slice` of a long string a view that keeps the whole original alive, so a 16 KiB slice of a 1 MiB
 * answer would hold the 1 MiB for as long as the slice lives.
 */
export function cutUtf8(text: string, maxBytes: number): CutText {
  // At most 3 bytes per UTF-16 unit: short text needs no encoding to know it fits.
  if (text.length * 3 <= maxBytes) return { text, bytes: utf8Length(text), cut: false }
  const { data, bytes, cut } = encodeWithin(text, maxBytes)
  return { text: cut ? decoder.decode(data) : text, bytes, cut }
}

/** The size of `text` (from index `from`) in UTF-8 bytes, without encoding it. */
export function utf8Length(text: string, from = 0): number {
  let bytes = 0
  for (let index = from; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit < 0xdc00 && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1)
      // A surrogate pair is one character of 4 bytes; a lone surrogate encodes as U+FFFD (3).
      if (next >= 0xdc00 && next < 0xe000) {
        bytes += 4
        index++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}
