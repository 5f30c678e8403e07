import { MAX_GENERATED_VERSIONS } from './generate-history.js'

/**
 * How much data one baseline may hold, checked before anything is built (decision 0023). A 35-byte
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
  records: 20_000,
  functions: 5_000,
  bytes: 16 * 1024 * 1024,
})

/** A generated function writes `$latest` and up to `MAX_GENERATED_VERSIONS` versions. */
export const RECORDS_PER_GENERATED = 1 + MAX_GENERATED_VERSIONS
/** The docs' example: `$latest` and version 1. */
export const DOC_EXAMPLE_RECORDS = 2

/** The most generated functions a budget allows beside the docs' example. @example maxGeneratedFunctions(DEFAULT_DATA_BUDGET) // 2222 */
export function maxGeneratedFunctions(budget: DataBudget): number {
  const byRecords = Math.floor((budget.records - DOC_EXAMPLE_RECORDS) / RECORDS_PER_GENERATED)
  return Math.max(0, Math.min(byRecords, budget.functions - 1))
}
