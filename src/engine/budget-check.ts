import { toScenarioSource } from '../scenarios/parse-scenario.js'
import { type FixturePlace, ScenarioError } from '../scenarios/scenario-error.js'
import type { Scenario } from '../scenarios/scenario-schema.js'
import {
  type DataBudget,
  DOC_EXAMPLE_RECORDS,
  maxGeneratedFunctions,
  RECORDS_PER_GENERATED,
} from '../seed/data-budget.js'
import type { FunctionFixture } from '../seed/function-fixture.js'
import { DEFAULT_FUNCTION_COUNT } from '../seed/seed-defaults.js'

/** What the options of a fake give a baseline (a scenario's own fields win). */
export interface BudgetOptions {
  readonly functions?: number
  readonly docExample?: boolean
  readonly load?: readonly FunctionFixture[]
}

type Dimension = keyof DataBudget

/** One source of data and what it costs; a `load` list also keeps what each of its functions costs. */
interface BudgetPart extends DataBudget {
  readonly place: FixturePlace
  readonly items?: readonly BudgetPart[]
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
  for (const dimension of ['records', 'functions', 'bytes'] as const) {
    const total = parts.reduce((sum, part) => sum + part[dimension], 0)
    if (total <= budget[dimension]) continue
    const largest = toLargest(parts, dimension)
    throw new ScenarioError(largest.place, describeExcess(dimension, budget, total, largest))
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
    toLoadPart(OPTIONS, options.load ?? []),
    toLoadPart(source, scenario?.load ?? []),
    toExactPart(source, '/records', scenario?.records ?? [], (record) => {
      return `${record.tenantId}/${record.productId}/${record.name}`
    }),
    toExactPart(source, '/reservations', scenario?.reservations ?? []),
    toExactPart(source, '/podPools', scenario?.podPools ?? []),
    // what another writer put in etcd: one record per layer version, alias or trigger
    toExactPart(source, '/layers', scenario?.layers ?? []),
    toExactPart(source, '/aliases', scenario?.aliases ?? []),
    toExactPart(source, '/triggers', scenario?.triggers ?? []),
  ]
}

/**
 * The part that costs most in `dimension`: within a `load` list, the function that makes more than
 * half of the list's cost, if one does (a fixture's huge `versions`), else the list itself.
 */
function toLargest(parts: readonly BudgetPart[], dimension: Dimension): BudgetPart {
  const largest = parts.reduce((a, b) => (b[dimension] > a[dimension] ? b : a))
  const item = largest.items?.reduce((a, b) => (b[dimension] > a[dimension] ? b : a))
  return item && item[dimension] * 2 > largest[dimension] ? item : largest
}

/** A `load` list: the sum of its functions, each kept for naming the one that costs most. */
function toLoadPart(source: string, fixtures: readonly FunctionFixture[]): BudgetPart {
  const items = fixtures.map((fixture, index) => toLoadedPart(fixture, source, index))
  const sum = (dimension: Dimension) => items.reduce((total, item) => total + item[dimension], 0)
  const place = { source, pointer: '/load' }
  return { place, items, records: sum('records'), functions: sum('functions'), bytes: sum('bytes') }
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

function describeExcess(
  dimension: Dimension,
  budget: DataBudget,
  total: number,
  largest: BudgetPart,
): string {
  const amount = (n: number) => n.toLocaleString('en-US')
  const max = budget[dimension]
  const generated =
    largest.place.pointer === '/functions'
      ? ` (alone, at most ${amount(maxGeneratedFunctions(budget))} generated functions fit)`
      : ''
  const what = {
    functions: `at most ${amount(max)} functions in all (generated, loaded, the docs' example and those of exact records)`,
    records:
      `at most ${amount(max)} version records in all (a generated function counts ${RECORDS_PER_GENERATED}, ` +
      "the docs' example 2, a loaded function 1 + its versions, an exact record, reservation or pod pool 1)",
    bytes: `at most ${amount(max)} bytes of fixture text across the records it writes (a loaded function's fields count once per record)`,
  }[dimension]
  return (
    `${what}; this data makes ${amount(total)}, ${amount(largest[dimension])} of them from here${generated} ` +
    '(whoever starts the fake may raise the budget: --data-budget, or the dataBudget option)'
  )
}
