import { describe, expect, it } from 'vitest'
import { compareRun } from '../../tools/diff-real/compare.js'
import { readCorpus, readSource } from '../../tools/diff-real/corpus.js'
import type { Answer, RecordedSequence } from '../../tools/diff-real/exchange.js'
import { ratchet, readKnownDivergences } from '../../tools/diff-real/known-divergences.js'
import { replayOnFace } from '../../tools/diff-real/replay.js'
import { FACE_NAMES } from '../../tools/diff-real/targets.js'

// The corpus recorded from the real meta_service, replayed on every face of the fake. Differences
// are an exact ratchet against known-divergences.json (regenerate: npm run golden:divergences).
const corpus = readCorpus()
const known = readKnownDivergences()

describe('golden corpus', () => {
  it('is the recording the brief asks for', () => {
    const source = readSource()
    const exchanges = corpus.reduce((n, s) => n + s.exchanges.length, 0)
    expect(source.commit).toBe('cd468dbaf99d5dd03fb985e7f7a057f9ba0e022a')
    expect({ sequences: corpus.length, exchanges }).toEqual({
      sequences: source.sequences,
      exchanges: source.exchanges,
    })
    expect(corpus.length).toBeGreaterThanOrEqual(200)
    expect(exchanges).toBeGreaterThanOrEqual(1500)
  })

  describe.each(FACE_NAMES)('replayed on the %s face', (face) => {
    it('differs from the real server exactly where known-divergences.json says', async () => {
      const { differences } = await replayOnFace(face, corpus)
      const { unlisted, nowMatching } = ratchet(
        known.filter((k) => k.face === face),
        differences,
      )
      // new differences fail; listed ones that now match fail too, so the list shrinks as fixes land
      expect(unlisted, 'differences not in known-divergences.json').toEqual([])
      expect(nowMatching, 'listed divergences that now match: run npm run golden:divergences').toEqual([])
    }, 120_000)
  })
})

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
