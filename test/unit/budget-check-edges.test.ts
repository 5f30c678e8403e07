import { describe, expect, it } from 'vitest'
import { checkDataBudget } from '../../src/engine/budget-check.js'
import { ScenarioError } from '../../src/scenarios/scenario-error.js'
import type { Scenario } from '../../src/scenarios/scenario-schema.js'

// The data budget's edges that issue 23's mutation run found untested: the docs' example left out or
// named, pod pools, the largest loaded function wherever it sits, a function without versions, exact
// records' bytes, and the whole message of a records excess.

const scenario = (input: Record<string, unknown>) => ({ name: 's', ...input }) as unknown as Scenario
const budget = (records: number, functions = 1_000, bytes = 1_000_000) => ({ records, functions, bytes })
const problemOf = (check: () => void) => {
  try {
    check()
  } catch (error) {
    if (error instanceof ScenarioError) return { ...error.place, expected: error.expected }
    throw error
  }
  return undefined
}

describe('the data budget, at its edges', () => {
  it('leaves the docs’ example out when the options say so', () => {
    expect(
      problemOf(() => checkDataBudget({ functions: 0, docExample: false }, undefined, budget(0, 0))),
    ).toBe(undefined)
  })

  it('names the docs’ example, where it is set, with the whole message of a records excess', () => {
    const fromOptions = problemOf(() => checkDataBudget({ functions: 0 }, undefined, budget(1)))
    expect(fromOptions).toEqual({
      source: 'options',
      pointer: '/docExample',
      expected:
        "at most 1 version records in all (a generated function counts 9, the docs' example 2, a loaded " +
        'function 1 + its versions, an exact record, reservation or pod pool 1); this data makes 2, 2 of ' +
        'them from here (whoever starts the fake may raise the budget: --data-budget, or the dataBudget option)',
    })
    const unset = scenario({ functions: 0 })
    expect(problemOf(() => checkDataBudget({ functions: 0 }, unset, budget(1)))).toMatchObject({
      source: 'options',
      pointer: '/docExample',
    })
    const fromScenario = scenario({ functions: 0, docExample: true })
    expect(problemOf(() => checkDataBudget({}, fromScenario, budget(1)))).toMatchObject({
      source: 's',
      pointer: '/docExample',
    })
  })

  it('counts pod pools one record each, naming their key', () => {
    const pools = scenario({ functions: 0, docExample: false, podPools: [{ id: 'a' }, { id: 'b' }] })
    expect(problemOf(() => checkDataBudget({}, pools, budget(1)))).toMatchObject({ pointer: '/podPools' })
  })

  it('names the loaded function that makes most of its list, first or last', () => {
    const first = scenario({
      functions: 0,
      docExample: false,
      load: [
        { name: 'a', versions: 6 },
        { name: 'b', versions: 1 },
      ],
    })
    expect(problemOf(() => checkDataBudget({}, first, budget(8)))).toMatchObject({ pointer: '/load/0' })
  })

  it('counts a loaded function without versions as one record', () => {
    const bare = scenario({ functions: 0, docExample: false, load: [{ name: 'm' }] })
    expect(problemOf(() => checkDataBudget({}, bare, budget(1)))).toBeUndefined()
    expect(problemOf(() => checkDataBudget({}, bare, budget(0)))).toMatchObject({ pointer: '/load/0' })
  })

  it('counts the text of exact records against the bytes', () => {
    const record = { businessId: 'yrk', tenantId: 'default', productId: '', name: 'x', versionNumber: '1' }
    const exact = scenario({ functions: 0, docExample: false, records: [record] })
    const size = JSON.stringify(record).length
    expect(problemOf(() => checkDataBudget({}, exact, budget(10, 10, size)))).toBeUndefined()
    const over = problemOf(() => checkDataBudget({}, exact, budget(10, 10, size - 1)))
    expect(over).toMatchObject({ pointer: '/records' })
    expect(over?.expected).toContain(`this data makes ${size}, ${size} of them from here (whoever`)
  })
})
