import { describe, expect, it } from 'vitest'
import type { Answer } from '../../tools/diff-real/exchange.js'
import { sameUpToTieOrder } from '../../tools/diff-real/tie-order.js'

// Decision 0026: inside a tie of one etcd transaction, any order is etcd's; nothing else is relaxed.

const list = (entries: Array<[string, string, string]>): Answer => ({
  kind: 'response',
  status: 200,
  contentType: 'application/json; charset=utf-8',
  location: null,
  body: JSON.stringify({
    result: {
      functions: entries.map(([name, versionNumber, revisionId]) => ({ name, versionNumber, revisionId })),
    },
  }),
})

describe('list answers compared up to the order inside a tie', () => {
  it('accepts a swapped pair written together', () => {
    const real = list([
      ['b', 'latest', 'r2'],
      ['b', '1', 'r2'],
      ['a', '1', 'r1'],
      ['a', 'latest', 'r1'],
    ])
    const fake = list([
      ['b', '1', 'r2'],
      ['b', 'latest', 'r2'],
      ['a', '1', 'r1'],
      ['a', 'latest', 'r1'],
    ])
    expect(sameUpToTieOrder(real, fake)).toBe(true)
  })

  it('refuses another order of records written apart, or other content', () => {
    const real = list([
      ['b', '1', 'r2'],
      ['a', '1', 'r1'],
    ])
    expect(
      sameUpToTieOrder(
        real,
        list([
          ['a', '1', 'r1'],
          ['b', '1', 'r2'],
        ]),
      ),
    ).toBe(false)
    expect(
      sameUpToTieOrder(
        real,
        list([
          ['b', '1', 'r2'],
          ['a', '2', 'r1'],
        ]),
      ),
    ).toBe(false)
    expect(sameUpToTieOrder(real, { ...(real as Extract<Answer, { kind: 'response' }>), status: 500 })).toBe(
      false,
    )
  })
})
