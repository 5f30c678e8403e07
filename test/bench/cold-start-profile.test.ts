import { describe, expect, it } from 'vitest'
import { toColdStartMarkdown } from '../../bench/lib/cold-start-profile.js'

describe('the cold-start profile', () => {
  it('gives the mean ms per category over the starts, most first, and the median start', () => {
    const markdown = toColdStartMarkdown([
      {
        selfMs: new Map([
          ['GC', 10],
          ['zod', 30],
        ]),
        coldStartMs: 200,
      },
      {
        selfMs: new Map([
          ['GC', 20],
          ['zod', 10],
        ]),
        coldStartMs: 240,
      },
      { selfMs: new Map([['zod', 20]]), coldStartMs: 220 },
    ])
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| where'))
    expect(rows).toEqual(['| zod | 20.0 |', '| GC | 10.0 |', '| **total CPU (idle excluded)** | 30.0 |'])
    expect(markdown).toContain('mean of 3 starts')
    expect(markdown).toContain('took 220 ms (median)')
  })

  it('sums the categories past the fourteenth into one line', () => {
    const selfMs = new Map(
      Array.from({ length: 16 }, (_, index) => [`c${index}`, 16 - index] as [string, number]),
    )
    const markdown = toColdStartMarkdown([{ selfMs, coldStartMs: 100 }])
    expect(markdown).toContain('| c13 | 3.0 |')
    expect(markdown).not.toContain('| c14 |')
    expect(markdown).toContain('| everything else (2 more) | 3.0 |')
    expect(markdown).toContain('| **total CPU (idle excluded)** | 136.0 |')
  })
})
