/**
 * Go's `sort.Strings` and the key order of `encoding/json` maps: byte order of the UTF-8
 * encodings. JavaScript's `<` compares UTF-16 code units, which differs for characters above
 * U+FFFF against those in U+E000–U+FFFF; plain code-unit order is kept where it agrees (the common case).
 * @example ['b', 'a', 'é'].sort(compareUtf8) // ['a', 'b', 'é']
 */
export function compareUtf8(a: string, b: string): number {
  if (a === b) return 0
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    // a surrogate (a character above U+FFFF) encodes to a higher UTF-8 lead byte than U+E000–U+FFFF
    return utf8Rank(x) - utf8Rank(y)
  }
  return a.length - b.length
}

/** A UTF-16 code unit's rank in UTF-8 byte order: surrogates move above U+E000–U+FFFF. */
function utf8Rank(unit: number): number {
  return unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2000 : unit >= 0xe000 ? unit - 0x800 : unit
}
