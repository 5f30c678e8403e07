import { describe, expect, it } from 'vitest'
import { compareRun } from '../../tools/diff-real/compare.js'
import { readCorpus } from '../../tools/diff-real/corpus.js'
import type { Answer, RecordedSequence } from '../../tools/diff-real/exchange.js'
import { readKnownDivergences } from '../../tools/diff-real/known-divergences.js'
import { replayOnFace } from '../../tools/diff-real/replay.js'
import { describeReleaseCorpus } from './release-corpus.js'

// The newest release's corpus on every face (each older release: golden-<release>.test.ts), and
// checks that the replayer can fail.
describeReleaseCorpus('0.10.0')

const corpus = readCorpus()
const known = readKnownDivergences()

/** The first exchange the in-process face answers like the real server, with its recording. */
async function firstMatchingExchange(): Promise<{ sequence: RecordedSequence; index: number }> {
  const knownKeys = new Set(
    known.filter((k) => k.face === 'inprocess').map((k) => `${k.sequence}#${k.index}`),
  )
  for (const sequence of corpus) {
    const index = sequence.exchanges.findIndex(
      (e, i) =>
        e.answer.kind === 'response' && e.answer.body.length > 0 && !knownKeys.has(`${sequence.name}#${i}`),
    )
    if (index >= 0) return { sequence, index }
  }
  throw new Error('no exchange matches today')
}

describe('the replayer can fail', () => {
  it('detects one changed byte in one recorded answer', async () => {
    const { sequence, index } = await firstMatchingExchange()
    const exchange = sequence.exchanges[index]
    if (exchange?.answer.kind !== 'response') throw new Error('expected a response')
    const { body } = exchange.answer
    const flipped = String.fromCharCode(body.charCodeAt(body.length - 1) ^ 1)
    const exchanges = [...sequence.exchanges]
    exchanges[index] = { ...exchange, answer: { ...exchange.answer, body: body.slice(0, -1) + flipped } }
    const honest = await replayOnFace('inprocess', [sequence])
    const tampered = await replayOnFace('inprocess', [{ ...sequence, exchanges }])
    const atIndex = (d: { index: number }) => d.index === index
    expect(honest.differences.filter(atIndex)).toEqual([])
    expect(tampered.differences.filter(atIndex).map((d) => d.index)).toEqual([index])
  })

  it('compares status, Content-Type and Location, not only bodies', () => {
    const base: Answer = { kind: 'response', status: 200, contentType: 'a', location: null, body: '{}' }
    const request = { method: 'GET', path: '/' }
    for (const changed of [{ status: 500 }, { contentType: '' }, { location: '/x' }]) {
      const actual = [{ request, answer: { ...base, ...changed } as Answer }]
      expect(compareRun('s', 'f', [{ request, answer: base }], actual)).toHaveLength(1)
    }
    expect(
      compareRun('s', 'f', [{ request, answer: base }], [{ request, answer: { kind: 'dropped' } }]),
    ).toHaveLength(1)
  })
})
