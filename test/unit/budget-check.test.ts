import { describe, expect, it } from 'vitest'
import { checkDataBudget } from '../../src/engine/budget-check.js'
import { ScenarioError } from '../../src/scenarios/scenario-error.js'
import type { Scenario } from '../../src/scenarios/scenario-schema.js'
import { DEFAULT_DATA_BUDGET, maxGeneratedFunctions } from '../../src/seed/data-budget.js'

// The data budget counts what a baseline would hold before anything is built (decision 0023).

const BUDGET = DEFAULT_DATA_BUDGET
// Only the counted fields matter: a scenario in code is named by its name ("s") when it has no file.
const scenario = (input: Record<string, unknown>) => ({ name: 's', ...input }) as unknown as Scenario
const problemOf = (check: () => void) => {
  try {
    check()
  } catch (error) {
    if (error instanceof ScenarioError) return { ...error.place, expected: error.expected }
    throw error
  }
  return undefined
}
const record = (name: string, versionNumber: string) => ({
  businessId: 'yrk',
  tenantId: 'default',
  productId: '',
  name,
  versionNumber,
})

describe('the data budget', () => {
  it('allows 20,000 records, 5,000 functions and 16 MiB of fixture text by default: 2,222 generated functions', () => {
    expect(BUDGET).toEqual({ records: 20_000, functions: 5_000, bytes: 16 * 1024 * 1024 })
    expect(maxGeneratedFunctions(BUDGET)).toBe(2_222)
    expect(maxGeneratedFunctions({ records: 100, functions: 5, bytes: 0 })).toBe(4)
    expect(maxGeneratedFunctions({ records: 1, functions: 5, bytes: 0 })).toBe(0)
  })

  it('counts a generated function at its most, 9 records, and the docs’ example as 2', () => {
    expect(problemOf(() => checkDataBudget({ functions: 2_222 }, undefined, BUDGET))).toBeUndefined()
    expect(problemOf(() => checkDataBudget({ functions: 2_222, docExample: false }, undefined, BUDGET))).toBe(
      undefined,
    )
    const over = problemOf(() => checkDataBudget({ functions: 2_223 }, undefined, BUDGET))
    expect(over).toMatchObject({ source: 'options', pointer: '/functions' })
    expect(over?.expected).toContain('this data makes 20,009, 20,007 of them from here')
    expect(over?.expected).toContain('(alone, at most 2,222 generated functions fit)')
  })

  it('counts a loaded function as 1 + its versions, up to the last record allowed', () => {
    const fits = scenario({ functions: 0, docExample: false, load: [{ name: 'm', versions: 19_999 }] })
    expect(problemOf(() => checkDataBudget({}, fits, BUDGET))).toBeUndefined()
    const listed = scenario({ functions: 0, docExample: false, load: [{ name: 'm', versions: ['1', '2'] }] })
    expect(problemOf(() => checkDataBudget({}, listed, { ...BUDGET, records: 3 }))).toBeUndefined()
    expect(problemOf(() => checkDataBudget({}, listed, { ...BUDGET, records: 2 }))).toMatchObject({
      source: 's',
      pointer: '/load/0',
    })
    const over = scenario({ functions: 0, docExample: false, load: [{ name: 'm', versions: 20_000 }] })
    expect(problemOf(() => checkDataBudget({}, over, BUDGET))).toMatchObject({
      source: 's',
      pointer: '/load/0',
    })
  })

  it('names the load list when no one function makes most of it, and that function when one does', () => {
    const even = scenario({
      functions: 0,
      load: [
        { name: 'a', versions: 3 },
        { name: 'b', versions: 3 },
      ],
    })
    expect(problemOf(() => checkDataBudget({}, even, { ...BUDGET, records: 9 }))).toMatchObject({
      pointer: '/load',
    })
    const lopsided = scenario({
      functions: 0,
      load: [
        { name: 'a', versions: 1 },
        { name: 'b', versions: 6 },
      ],
    })
    expect(problemOf(() => checkDataBudget({}, lopsided, { ...BUDGET, records: 9 }))).toMatchObject({
      pointer: '/load/1',
    })
  })

  it('counts functions: generated, loaded, the docs’ example and those of exact records', () => {
    const records = [record('x', '$latest'), record('x', '1'), record('y', '$latest')]
    const exact = scenario({ functions: 2, records })
    expect(
      problemOf(() => checkDataBudget({ load: [{ name: 'l' }] }, exact, { ...BUDGET, functions: 6 })),
    ).toBe(undefined)
    const over = problemOf(() =>
      checkDataBudget({ load: [{ name: 'l' }] }, exact, { ...BUDGET, functions: 5 }),
    )
    expect(over).toMatchObject({ source: 's', pointer: '/functions' })
    expect(over?.expected).toContain('at most 5 functions in all')
  })

  it('counts exact records, reservations and pod pools one record each, naming their key', () => {
    const records = [record('x', '$latest'), record('x', '1')]
    const exact = scenario({ functions: 0, docExample: false, records })
    expect(problemOf(() => checkDataBudget({}, exact, { ...BUDGET, records: 1 }))).toMatchObject({
      pointer: '/records',
    })
    const reservations = Array.from({ length: 2 }, () => ({
      tenantId: 'default',
      funcName: 'x',
      version: '1',
      labels: [],
    }))
    const reserved = scenario({ functions: 0, docExample: false, reservations })
    expect(problemOf(() => checkDataBudget({}, reserved, { ...BUDGET, records: 1 }))).toMatchObject({
      pointer: '/reservations',
    })
  })

  it('counts the layers, aliases and triggers another writer put in etcd one record each, naming their key', () => {
    for (const key of ['layers', 'aliases', 'triggers']) {
      const state = scenario({ functions: 0, docExample: false, [key]: [{}, {}] })
      expect(problemOf(() => checkDataBudget({}, state, { ...BUDGET, records: 1 }))).toMatchObject({
        pointer: `/${key}`,
      })
    }
  })

  it('counts a loaded function’s fields once per record it writes, up to the last byte allowed', () => {
    // Two records (latest and "12") of the fields' text each, and the versions list's own text.
    const fieldsText = JSON.stringify({ name: 'w', description: '' }).length
    const versions = ['12']
    const fill = (BUDGET.bytes - JSON.stringify(versions).length) / 2 - fieldsText
    const wide = (length: number) =>
      scenario({
        functions: 0,
        docExample: false,
        load: [{ name: 'w', description: 'x'.repeat(length), versions }],
      })
    expect(problemOf(() => checkDataBudget({}, wide(fill), BUDGET))).toBeUndefined()
    const over = problemOf(() => checkDataBudget({}, wide(fill + 1), BUDGET))
    expect(over).toMatchObject({ pointer: '/load/0' })
    expect(over?.expected).toContain('at most 16,777,216 bytes of fixture text')
    expect(over?.expected).toContain('this data makes 16,777,218')
  })

  it('names the options when the scenario does not set the key, and the scenario’s file when it does', () => {
    expect(problemOf(() => checkDataBudget({ functions: 2_223 }, scenario({}), BUDGET))).toMatchObject({
      source: 'options',
      pointer: '/functions',
    })
    expect(
      problemOf(() => checkDataBudget({ functions: 0 }, scenario({ functions: 2_223 }), BUDGET)),
    ).toMatchObject({ source: 's', pointer: '/functions' })
  })
})
