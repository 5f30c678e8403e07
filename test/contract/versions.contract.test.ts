import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FACES, type Face } from '../support/faces.js'
import type { Outcome } from '../support/outcome.js'
import { CONTRACT_OPTIONS } from './contract-fixtures.js'
import { VERSION_CASES } from './version-cases.js'

// Outcomes by face, then by case title: the last block checks that every face agrees.
const seen = new Map<string, Map<string, Outcome>>()

describe.each(FACES)('GET /functions/{name}/versions on the %s face', (faceName, open) => {
  let face: Face
  const outcomes = new Map<string, Outcome>()
  seen.set(faceName, outcomes)
  beforeAll(async () => {
    face = await open(CONTRACT_OPTIONS)
  })
  afterAll(() => face.close())

  it.each(VERSION_CASES)('$title', async ({ title, path, init, check }) => {
    const outcome = await face.send(path, init)
    outcomes.set(title, outcome)
    check(outcome)
  })
})

describe('every face', () => {
  it.each(VERSION_CASES)('answers "$title" identically', ({ title }) => {
    const [first, ...others] = FACES.map(([name]) => seen.get(name)?.get(title))
    expect(first).toBeDefined()
    for (const other of others) expect(other).toEqual(first)
  })
})
