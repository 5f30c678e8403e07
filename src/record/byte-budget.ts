/**
 * The bytes a recording may hold, taken as data comes in (not when the fixture is written), so that a
 * recording can never grow past it: what does not fit is refused whole, never cut.
 */
export class ByteBudget {
  #used = 0

  constructor(readonly max: number) {}

  get used(): number {
    return this.#used
  }

  /** Takes `bytes` if they fit; false (and nothing taken) if not. */
  take(bytes: number): boolean {
    if (this.#used + bytes > this.max) return false
    this.#used += bytes
    return true
  }

  /** Gives back bytes taken for something that was not kept after all. */
  give(bytes: number): void {
    this.#used -= bytes
  }
}

/** How reading an answer's body within a budget ended. */
export type BudgetedRead =
  | { readonly kind: 'read'; readonly text: string; readonly bytes: number }
  /** It would not fit: reading stopped, and its bytes were given back. */
  | { readonly kind: 'over-budget' }
  /** The body broke off (the upstream went away mid-answer): what came is given back. */
  | { readonly kind: 'broken' }

/**
 * Reads a body (a clone's: the client's copy streams on regardless) chunk by chunk, taking each chunk's
 * bytes from the budget as it arrives, so a body too big to keep is never held whole: reading stops at
 * the first chunk that does not fit.
 */
export async function readWithinBudget(response: Response, budget: ByteBudget): Promise<BudgetedRead> {
  if (response.body === null) return { kind: 'read', text: '', bytes: 0 }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let bytes = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (!budget.take(value.byteLength)) {
        budget.give(bytes)
        await reader.cancel().catch(() => {})
        return { kind: 'over-budget' }
      }
      bytes += value.byteLength
      chunks.push(value)
    }
  } catch {
    budget.give(bytes)
    return { kind: 'broken' }
  }
  return { kind: 'read', text: toText(chunks, bytes), bytes }
}

function toText(chunks: readonly Uint8Array[], bytes: number): string {
  const decoder = new TextDecoder()
  if (chunks.length === 1) return decoder.decode(chunks[0])
  const whole = new Uint8Array(bytes)
  let offset = 0
  for (const chunk of chunks) {
    whole.set(chunk, offset)
    offset += chunk.byteLength
  }
  return decoder.decode(whole)
}

/** The length of a text in UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) continue
    if (code < 0x800) bytes += 1
    // A surrogate pair is 2 code units and 4 bytes: each half counts 2.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 1
    else bytes += 2
  }
  return bytes
}
