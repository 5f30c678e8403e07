import { describe, expect, it } from 'vitest'
import { toRecordedSequence } from '../../src/drift/from-recording.js'
import type { Target } from '../../src/drift/target.js'
import { verifySequences } from '../../src/drift/verify-sequences.js'
import { createMetaService, type MetaService } from '../../src/index.js'
import { fromFetchResponse } from '../../src/node/raw-http.js'
import { startRecording } from '../../src/record/recording.js'
import {
  createProxyFake,
  createUpstreamFake,
  FUNCTIONS,
  officialFlow,
  runFlow,
} from '../record/upstream-fake.js'

/** A fake in-process as the live server verify checks. */
function targetOf(service: MetaService, name: string): Target {
  let window: readonly [number, number] = [0, 0]
  return {
    name,
    beginSequence: async () => {},
    async send(step) {
      const start = Date.now()
      const request = new Request(`http://live.test${step.path}`, {
        method: step.method,
        headers: step.headers,
        body: step.body,
      })
      const answer = await fromFetchResponse(await service.fetch(request))
      window = [start, Date.now()]
      return answer
    },
    lastWindow: () => window,
    close: async () => {},
  }
}

/** A clock that moves a second per reading, as the recorded upstream's does: a fast replay must not
 * give two writes the same time where the recording had two. */
function steppingNow(): () => Date {
  let instant = Date.parse('2026-05-06T07:08:09.000Z')
  return () => {
    instant += 1001
    return new Date(instant)
  }
}

async function recordOfficialFlow() {
  const proxy = createProxyFake(createUpstreamFake())
  const recording = startRecording(proxy.engine)
  await runFlow((request) => proxy.fetch(request), officialFlow('hello'))
  recording.stop()
  const fixture = await recording.toFixture({ name: 'official' })
  return toRecordedSequence('official', fixture.rules)
}

describe('verify', () => {
  it('finds no drift when the live server answers as recorded (its own clock, a fresh tenant)', async () => {
    const sequence = await recordOfficialFlow()
    const live = createMetaService({
      functions: 0,
      docExample: false,
      logLevel: 'silent',
      now: steppingNow(),
    })
    const result = await verifySequences(targetOf(live, 'live'), [sequence], 'v1')
    expect(result.exchanges).toBe(10)
    expect(result.differences).toEqual([])
    expect(live.journal.count({ headers: { 'x-tenant-id': 'recv1' } })).toBe(10)
  })

  it('reports the drift of a server whose answer changed', async () => {
    const sequence = await recordOfficialFlow()
    const changed = {
      name: 'changed',
      rules: [
        {
          match: { method: 'GET', path: `${FUNCTIONS}/:name` },
          calls: { nth: 2 },
          respond: { status: 404, json: {} },
        },
      ],
    }
    const live = createMetaService({
      functions: 0,
      docExample: false,
      logLevel: 'silent',
      now: steppingNow(),
      scenarios: [changed],
      scenario: 'changed',
    })
    const result = await verifySequences(targetOf(live, 'live'), [sequence], 'v2')
    expect(result.differences.map((difference) => difference.index)).toEqual([2])
  })
})
