import { toScenarioSource } from '../scenarios/parse-scenario.js'
import { type FixturePlace, ScenarioError } from '../scenarios/scenario-error.js'
import type { Scenario } from '../scenarios/scenario-schema.js'
import type { FunctionFixture } from '../seed/function-fixture.js'
import { MAX_GENERATED_VERSIONS } from '../seed/generate-history.js'
import { DEFAULT_FUNCTION_COUNT } from '../seed/seed-defaults.js'

/**
 * How much data one baseline may hold, checked before anything is built (decision 0019). A 35-byte
 * fixture could ask for a million generated functions: the fake froze for minutes and ran out of
 * memory. The defaults keep the resident size well under 250 MiB with 100 sessions; whoever starts
 * the fake may raise them (`dataBudget`, `--data-budget`), a fixture cannot.
 */
export interface DataBudget {
  /**
   * Version records in all: a generated function counts at its most (`RECORDS_PER_GENERATED`), a
   * loaded one 1 + its versions, an exact record, reservation or pod pool 1 each.
   */
  readonly records: number
  /** Functions in all: generated, loaded, the docs' example and those of exact records. */
  readonly functions: number
  /** Bytes of fixture text across the records it writes (a loaded function's fields count once per record). */
  readonly bytes: number
}

export const DEFAULT_DATA_BUDGET: DataBudget = Object.freeze({
  records: 30_000,
  functions: 5_000,
  bytes: 16 * 1024 * 1024,
})

/** A generated function writes `$latest` and up to `MAX_GENERATED_VERSIONS` versions. */
export const RECORDS_PER_GENERATED = 1 + MAX_GENERATED_VERSIONS
/** The docs' example: `$latest` and version 1. */
const DOC_EXAMPLE_RECORDS = 2

/** The most generated functions a budget allows beside the docs' example. @example maxGeneratedFunctions(DEFAULT_DATA_BUDGET) // 3333 */
export function maxGeneratedFunctions(budget: DataBudget): number {
  const byRecords = Math.floor((budget.records - DOC_EXAMPLE_RECORDS) / RECORDS_PER_GENERATED)
  return Math.max(0, Math.min(byRecords, budget.functions - 1))
}

/** What the options of a fake give a baseline (a scenario's own fields win). */
export interface BudgetOptions {
  readonly functions?: number
  readonly docExample?: boolean
  readonly load?: readonly FunctionFixture[]
}

type Dimension = keyof DataBudget

/** One source of data and what it costs. */
interface BudgetPart extends DataBudget {
  readonly place: FixturePlace
}

const OPTIONS = 'options'

/**
 * Throws a `ScenarioError` naming the file (or `options`), the key and the allowed maximum when the
 * data of the options with `scenario` (or alone) would not fit the budget.
 * @example checkDataBudget({ functions: 1_000_000 }, undefined, DEFAULT_DATA_BUDGET) // throws
 */
export function checkDataBudget(
  options: BudgetOptions,
  scenario: Scenario | undefined,
  budget: DataBudget,
): void {
  const parts = toBudgetParts(options, scenario)
  for (const dimension of ['functions', 'records', 'bytes'] as const) {
    const total = parts.reduce((sum, part) => sum + part[dimension], 0)
    if (total <= budget[dimension]) continue
    const largest = parts.reduce((a, b) => (b[dimension] > a[dimension] ? b : a))
    throw new ScenarioError(largest.place, describeExcess(dimension, budget[dimension], total, largest))
  }
}

function toBudgetParts(options: BudgetOptions, scenario: Scenario | undefined): BudgetPart[] {
  const source = scenario ? toScenarioSource(scenario) : OPTIONS
  const generated = scenario?.functions ?? options.functions ?? DEFAULT_FUNCTION_COUNT
  const generatedFrom = scenario?.functions === undefined ? OPTIONS : source
  const docExample = scenario?.docExample ?? options.docExample ?? true
  return [
    {
      place: { source: generatedFrom, pointer: '/functions' },
      functions: generated,
      records: generated * RECORDS_PER_GENERATED,
      bytes: 0,
    },
    {
      place: { source: scenario?.docExample === undefined ? OPTIONS : source, pointer: '/docExample' },
      functions: docExample ? 1 : 0,
      records: docExample ? DOC_EXAMPLE_RECORDS : 0,
      bytes: 0,
    },
    ...(options.load ?? []).map((fixture, index) => toLoadedPart(fixture, OPTIONS, index)),
    ...(scenario?.load ?? []).map((fixture, index) => toLoadedPart(fixture, source, index)),
    toExactPart(source, '/records', scenario?.records ?? [], (record) => {
      return `${record.tenantId}/${record.productId}/${record.name}`
    }),
    toExactPart(source, '/reservations', scenario?.reservations ?? []),
    toExactPart(source, '/podPools', scenario?.podPools ?? []),
  ]
}

/** A loaded function: its fields are written into each of its records. */
function toLoadedPart(fixture: FunctionFixture, source: string, index: number): BudgetPart {
  const { versions = [], ...fields } = fixture
  const records = 1 + (typeof versions === 'number' ? versions : versions.length)
  const bytes = JSON.stringify(fields).length * records + JSON.stringify(versions).length
  return { place: { source, pointer: `/load/${index}` }, functions: 1, records, bytes }
}

/** Exact data (an imported tenant): one record per item, its own text once. */
function toExactPart<T>(
  source: string,
  pointer: string,
  items: readonly T[],
  functionOf?: (item: T) => string,
): BudgetPart {
  const functions = functionOf ? new Set(items.map(functionOf)).size : 0
  const bytes = items.reduce<number>((sum, item) => sum + JSON.stringify(item).length, 0)
  return { place: { source, pointer }, functions, records: items.length, bytes }
}

function describeExcess(dimension: Dimension, max: number, total: number, largest: BudgetPart): string {
  const amount = (n: number) => n.toLocaleString('en-US')
  const what = {
    functions: `at most ${amount(max)} functions in all (generated, loaded, the docs' example and those of exact records)`,
    records:
      `at most ${amount(max)} version records in all (a generated function counts ${RECORDS_PER_GENERATED}, ` +
      "the docs' example 2, a loaded function 1 + its versions, an exact record, reservation or pod pool 1)",
    bytes: `at most ${amount(max)} bytes of fixture text across the records it writes (a loaded function's fields count once per record)`,
  }[dimension]
  return (
    `${what}; this data makes ${amount(total)}, ${amount(largest[dimension])} of them from here ` +
    '(whoever starts the fake may raise the budget: --data-budget, or the dataBudget option)'
  )
}
