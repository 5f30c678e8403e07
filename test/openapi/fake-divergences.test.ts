import { describe, expect, it } from 'vitest'
import { staleDivergences } from '../support/answer-recorder.js'
import { FAKE_DIVERGENCES, type FakeDivergence } from './fake-divergences.js'

const entry: FakeDivergence = {
  section: '9. Router corners (`/healthz` Content-Type)',
  method: 'GET',
  path: /^\/healthz$/,
  problem: /^Content-Type /,
  seenIn: /\/test\/contract\/router\.test\.ts$/,
}
const suite = '/work/x/test/contract/router.test.ts'

describe('the fake-divergence allow-list is a ratchet', () => {
  it('an entry its suite no longer shows is stale (the suite fails)', () => {
    expect(staleDivergences(suite, {}, [entry])).toEqual([`${entry.section}: GET ${entry.path}`])
  })

  it('an entry its suite still shows is not', () => {
    expect(staleDivergences(suite, { [entry.section]: 2 }, [entry])).toEqual([])
    expect(staleDivergences('/work/x/test/contract/functions.test.ts', {}, [entry])).toEqual([])
  })

  it('is empty: every fake answer the suites see is one the real server gives', () => {
    expect(FAKE_DIVERGENCES).toEqual([])
  })
})
