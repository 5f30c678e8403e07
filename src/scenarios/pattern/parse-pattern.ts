import {
  type CharSet,
  DIGITS,
  DOT_CHARS,
  SPACE_CHARS,
  toCharSet,
  toComplement,
  toUnion,
  WORD_CHARS,
} from './char-set.js'
import { type PatternNode, PatternRefusal, toSeq } from './pattern-node.js'

/**
 * Reads a JavaScript regular expression (no flags; one `new RegExp` already accepted) into a tree,
 * refusing what no automaton can match: backreferences and lookarounds. Escapes JavaScript reads
 * loosely for old pages (`\p` as `p`, `\1` as an octal escape, `\c` alone) are refused too, so a
 * pattern never means something else than it seems to.
 */
export function parsePattern(source: string): PatternNode {
  const reader = new PatternReader(source)
  const node = reader.readAlternation()
  if (!reader.atEnd()) throw new PatternRefusal('an unmatched ")"', reader.offset)
  return node
}

const CLASS_ESCAPES: Readonly<Record<string, CharSet>> = {
  d: DIGITS,
  D: toComplement(DIGITS),
  w: WORD_CHARS,
  W: toComplement(WORD_CHARS),
  s: SPACE_CHARS,
  S: toComplement(SPACE_CHARS),
}

const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b, f: 0x0c }

const QUANTIFIER = /^\{(\d+)(?:(,)(\d*))?\}/

class PatternReader {
  offset = 0

  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.offset >= this.source.length
  }

  readAlternation(): PatternNode {
    const options = [this.readSequence()]
    while (this.peek() === '|') {
      this.offset++
      options.push(this.readSequence())
    }
    return options.length === 1 ? (options[0] as PatternNode) : { kind: 'alt', options }
  }

  private readSequence(): PatternNode {
    const items: PatternNode[] = []
    while (!this.atEnd() && this.peek() !== '|' && this.peek() !== ')') items.push(this.readTerm())
    return toSeq(items)
  }

  private readTerm(): PatternNode {
    const char = this.peek()
    if (char === '^' || char === '$') {
      this.offset++
      return { kind: 'assert', assertion: char === '^' ? 'start' : 'end' }
    }
    if (char === '\\' && (this.peek(1) === 'b' || this.peek(1) === 'B')) {
      this.offset += 2
      return { kind: 'assert', assertion: this.peek(-1) === 'b' ? 'word-boundary' : 'not-word-boundary' }
    }
    return this.readQuantifier(this.readAtom())
  }

  private readAtom(): PatternNode {
    const at = this.offset
    const char = this.peek()
    if (char === '(') return this.readGroup()
    this.offset++
    if (char === '.') return { kind: 'set', set: DOT_CHARS }
    if (char === '[') return { kind: 'set', set: this.readClass() }
    if (char === '\\') return { kind: 'set', set: this.readEscape(false) }
    if ('*+?'.includes(char)) throw new PatternRefusal(`nothing to repeat before "${char}"`, at)
    const unit = this.source.charCodeAt(at)
    return { kind: 'set', set: [unit, unit] }
  }

  private readGroup(): PatternNode {
    const at = this.offset
    const rest = this.source.slice(at, at + 4)
    if (/^\(\?<?[=!]/.test(rest))
      throw new PatternRefusal(`a lookaround "${rest.replace(/^(\(\?<?[=!]).*/, '$1')}…)"`, at)
    if (rest.startsWith('(?:')) this.offset += 3
    else if (rest.startsWith('(?<')) this.skipGroupName(at)
    else if (rest.startsWith('(?')) throw new PatternRefusal('a group modifier "(?…"', at)
    else this.offset += 1
    const inner = this.readAlternation()
    if (this.peek() !== ')') throw new PatternRefusal('a "(" never closed', at)
    this.offset++
    return inner
  }

  private skipGroupName(at: number): void {
    const end = this.source.indexOf('>', at)
    if (end < 0) throw new PatternRefusal('a group name never closed', at)
    this.offset = end + 1
  }

  private readQuantifier(item: PatternNode): PatternNode {
    const char = this.peek()
    let bounds: [number, number] | undefined
    if (char === '*') bounds = [0, Number.POSITIVE_INFINITY]
    else if (char === '+') bounds = [1, Number.POSITIVE_INFINITY]
    else if (char === '?') bounds = [0, 1]
    if (bounds) this.offset++
    else bounds = this.readBraces()
    if (!bounds) return item
    // A lazy quantifier matches the same texts; only which match is found first differs.
    if (this.peek() === '?') this.offset++
    return { kind: 'repeat', item, min: bounds[0], max: bounds[1] }
  }

  /** `{n}`, `{n,}`, `{n,m}`; a brace that is none of them is a literal `{`, as JavaScript reads it. */
  private readBraces(): [number, number] | undefined {
    const match = QUANTIFIER.exec(this.source.slice(this.offset, this.offset + 40))
    if (!match) return undefined
    const min = Number(match[1])
    const max = match[2] === undefined ? min : match[3] ? Number(match[3]) : Number.POSITIVE_INFINITY
    if (max < min) throw new PatternRefusal('a repeat count {n,m} with m below n', this.offset)
    this.offset += match[0].length
    return [min, max]
  }

  private readClass(): CharSet {
    const at = this.offset - 1
    const negated = this.peek() === '^'
    if (negated) this.offset++
    const parts: CharSet[] = []
    while (this.peek() !== ']') {
      if (this.atEnd()) throw new PatternRefusal('a "[" never closed', at)
      parts.push(this.readClassPart())
    }
    this.offset++
    const set = toUnion(...parts)
    return negated ? toComplement(set) : set
  }

  /** One unit, a range `a-z`, or a class escape; `-` beside a class escape is a literal, as in JavaScript. */
  private readClassPart(): CharSet {
    const from = this.readClassAtom()
    if (this.peek() !== '-' || this.peek(1) === ']' || this.peek(1) === '') return from
    const dash = this.offset
    this.offset++
    const to = this.readClassAtom()
    if (!isSingle(from) || !isSingle(to)) return toUnion(from, to, [0x2d, 0x2d])
    if ((from[0] as number) > (to[0] as number)) throw new PatternRefusal('a range out of order', dash)
    return [from[0] as number, to[0] as number]
  }

  private readClassAtom(): CharSet {
    const char = this.peek()
    this.offset++
    if (char === '\\') return this.readEscape(true)
    const unit = this.source.charCodeAt(this.offset - 1)
    return [unit, unit]
  }

  /** After a backslash: a class escape, a control escape, a code, or a punctuation mark as itself. */
  private readEscape(inClass: boolean): CharSet {
    const at = this.offset - 1
    const char = this.peek()
    this.offset++
    const known = CLASS_ESCAPES[char] ?? unitSet(CONTROL_ESCAPES[char])
    if (known) return known
    if (inClass && char === 'b') return [0x08, 0x08]
    if (char === '0' && !/[0-9]/.test(this.peek())) return [0, 0]
    if (/[0-9]/.test(char))
      throw new PatternRefusal(`a backreference or octal escape "\\${char}" (no automaton can match one)`, at)
    if (char === 'k') throw new PatternRefusal('a backreference "\\k<name>" (no automaton can match one)', at)
    if (char === 'x' || char === 'u') return this.readCode(char === 'x' ? 2 : 4, at)
    if (char === 'c' && /[A-Za-z]/.test(this.peek())) {
      this.offset++
      return unitSet(this.source.charCodeAt(this.offset - 1) % 32) as CharSet
    }
    if (/[A-Za-z]/.test(char) || char === '') throw new PatternRefusal(`an unknown escape "\\${char}"`, at)
    const unit = this.source.charCodeAt(this.offset - 1)
    return [unit, unit]
  }

  private readCode(digits: number, at: number): CharSet {
    const hex = this.source.slice(this.offset, this.offset + digits)
    if (!new RegExp(`^[0-9A-Fa-f]{${digits}}$`).test(hex))
      throw new PatternRefusal(`an escape "\\${this.peek(-1)}" without ${digits} hex digits`, at)
    this.offset += digits
    return unitSet(Number.parseInt(hex, 16)) as CharSet
  }

  private peek(ahead = 0): string {
    return this.source.charAt(this.offset + ahead)
  }
}

function unitSet(unit: number | undefined): CharSet | undefined {
  return unit === undefined ? undefined : toCharSet([unit, unit])
}

function isSingle(set: CharSet): boolean {
  return set.length === 2 && set[0] === set[1]
}
