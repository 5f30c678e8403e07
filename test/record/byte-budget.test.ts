import { describe, expect, it } from 'vitest'
import { ByteBudget, readWithinBudget, utf8Length } from '../../src/record/byte-budget.js'

/** A body arriving in these chunks, then ending (or failing, with `fail`). */
function streamed(chunks: readonly Uint8Array[], fail = false): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk)
      if (fail) controller.error(new Error('gone'))
      else controller.close()
    },
  })
  return new Response(body)
}

describe('ByteBudget', () => {
  it('takes bytes up to its max exactly, refuses past it, and takes again what is given back', () => {
    const budget = new ByteBudget(10)
    expect(budget.take(4)).toBe(true)
    expect(budget.take(6)).toBe(true)
    expect(budget.used).toBe(10)
    expect(budget.take(1)).toBe(false)
    expect(budget.used).toBe(10)
    budget.give(6)
    expect(budget.used).toBe(4)
    expect(budget.take(6)).toBe(true)
  })
})

describe('readWithinBudget', () => {
  it('reads a body in chunks, a character split between two of them included', async () => {
    const bytes = new TextEncoder().encode('ab€cd')
    const budget = new ByteBudget(100)
    const read = await readWithinBudget(streamed([bytes.slice(0, 3), bytes.slice(3)]), budget)
    expect(read).toEqual({ kind: 'read', text: 'ab€cd', bytes: 7 })
    expect(budget.used).toBe(7)
    expect(await readWithinBudget(streamed([bytes]), budget)).toEqual({
      kind: 'read',
      text: 'ab€cd',
      bytes: 7,
    })
    expect(await readWithinBudget(new Response(null), budget)).toEqual({ kind: 'read', text: '', bytes: 0 })
    expect(budget.used).toBe(14)
  })

  it('stops at the first chunk that does not fit, and gives back what it took', async () => {
    const budget = new ByteBudget(10)
    budget.take(2)
    const chunk = new Uint8Array(5)
    expect(await readWithinBudget(streamed([chunk, chunk]), budget)).toEqual({ kind: 'over-budget' })
    expect(budget.used).toBe(2)
  })

  it('gives back what it took when the body breaks off', async () => {
    const budget = new ByteBudget(100)
    expect(await readWithinBudget(streamed([new Uint8Array(5)], true), budget)).toEqual({ kind: 'broken' })
    expect(budget.used).toBe(0)
  })
})

describe('utf8Length', () => {
  it('counts what UTF-8 takes, at every boundary of its byte lengths', () => {
    const texts = [
      '',
      'abc',
      '\u007f',
      '\u0080',
      'é',
      '\u07ff',
      '\u0800',
      '€',
      '\ud7ff',
      '\ue000',
      '\uffff',
      '😀',
      // the first and the last pair of surrogates
      '\u{10000}',
      '\u{10ffff}',
      'a😀é€',
    ]
    for (const text of texts)
      expect([text, utf8Length(text)]).toEqual([text, Buffer.byteLength(text, 'utf8')])
  })
})
