import type { CharSet } from './char-set.js'

/** `^`, `$`, `\b` and `\B`: conditions on the place between two code units, consuming none. */
export type Assertion = 'start' | 'end' | 'word-boundary' | 'not-word-boundary'

/** A parsed pattern: what a regular expression of the supported kind is made of. */
export type PatternNode =
  | { readonly kind: 'set'; readonly set: CharSet }
  | { readonly kind: 'seq'; readonly items: readonly PatternNode[] }
  | { readonly kind: 'alt'; readonly options: readonly PatternNode[] }
  | { readonly kind: 'repeat'; readonly item: PatternNode; readonly min: number; readonly max: number }
  | { readonly kind: 'assert'; readonly assertion: Assertion }

/** Why a pattern is refused, and at which character of it (0-based). */
export class PatternRefusal extends Error {
  override readonly name = 'PatternRefusal'

  constructor(
    readonly reason: string,
    readonly offset?: number,
  ) {
    super(offset === undefined ? reason : `${reason} at character ${offset + 1}`)
  }
}

export function toSeq(items: readonly PatternNode[]): PatternNode {
  return items.length === 1 ? (items[0] as PatternNode) : { kind: 'seq', items }
}

export function toLiteral(text: string): PatternNode[] {
  return [...Array(text.length).keys()].map((index) => {
    const unit = text.charCodeAt(index)
    return { kind: 'set', set: [unit, unit] }
  })
}
