import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toScenarioJsonSchema } from '../../src/index.js'
import { compileRule } from '../../src/scenarios/compile-rule.js'
import { toDelayMs } from '../../src/scenarios/rule-response.js'

const root = new URL('../../', import.meta.url)

describe('the shipped JSON Schema', () => {
  it('is generated from the zod schema the loader uses (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(new URL('schema/scenario.schema.json', root), 'utf8'))
    expect(committed).toEqual(toScenarioJsonSchema())
  })

  it('is what every shipped fixture points its $schema at', () => {
    const files = readdirSync(new URL('fixtures/', root)).filter((name) => name.endsWith('.json'))
    for (const file of files) {
      const fixture = JSON.parse(readFileSync(new URL(`fixtures/${file}`, root), 'utf8'))
      expect(fixture.$schema, file).toBe('../schema/scenario.schema.json')
    }
  })
})

describe('delays drawn from the seed', () => {
  const rule = compileRule({ match: {}, delay: { min: 100, max: 200 } }, 0)

  it('stay within the range and repeat for the same seed and call', () => {
    const delays = Array.from({ length: 50 }, (_, call) => toDelayMs({ compiled: rule, call: call + 1 }, 7))
    expect(delays.every((ms) => ms >= 100 && ms <= 200)).toBe(true)
    expect(new Set(delays).size).toBeGreaterThan(10)
    expect(Array.from({ length: 50 }, (_, call) => toDelayMs({ compiled: rule, call: call + 1 }, 7))).toEqual(
      delays,
    )
  })
})
