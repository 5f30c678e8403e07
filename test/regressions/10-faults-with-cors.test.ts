import { afterAll, describe, expect, it } from 'vitest'
import type { MetaServiceOptions } from '../../src/index.js'
import { FACES, type Face } from '../support/faces.js'
import type { Outcome } from '../support/outcome.js'

// Issue 10: faults are outcomes each face carries out, so CORS (which rebuilds the response) can no
// longer lose a truncation; every fault behaves on every face with CORS on as with it off.
const VERSIONS = '/serverless/v1/functions/0@faaspy@hello2/versions?pageIndex=1&pageSize=1'
const ORIGIN = 'http://app.example'
const FAULTS = ['drop', 'truncate', 'malformed'] as const
const CORS_SETTINGS = [false, true] as const

function optionsFor(fault: (typeof FAULTS)[number], cors: boolean): MetaServiceOptions {
  const rules = [{ match: { path: '*/versions' }, fault }]
  return { cors, scenarios: [{ name: 'fault', rules }], scenario: 'fault' }
}

/** What the fault must look like to a client, whatever the face. */
function expectFault(fault: (typeof FAULTS)[number], outcome: Outcome): void {
  if (fault === 'drop') expect(outcome).toEqual({ kind: 'dropped' })
  else if (fault === 'truncate') expect(outcome).toMatchObject({ kind: 'truncated', status: 200 })
  else {
    expect(outcome).toMatchObject({ kind: 'response', status: 200 })
    if (outcome.kind === 'response') expect(() => JSON.parse(outcome.body)).toThrow()
  }
}

describe.each(FACES)('faults on the %s face', (_name, open) => {
  const opened: Face[] = []
  afterAll(async () => {
    await Promise.all(opened.map((face) => face.close()))
  })

  describe.each(FAULTS)('%s', (fault) => {
    it.each(CORS_SETTINGS)('is carried out the same way with cors: %s', async (cors) => {
      const face = await open(optionsFor(fault, cors))
      opened.push(face)
      const outcome = await face.send(VERSIONS, { headers: { origin: ORIGIN } })
      expectFault(fault, outcome)
      // Where headers are written, CORS adds its own; a dropped connection has none.
      if (outcome.kind !== 'dropped') expect(outcome.allowOrigin).toBe(cors ? ORIGIN : undefined)
    })
  })
})
