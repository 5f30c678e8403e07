import { median, spread } from './stats.js'

/** One line of the benchmark table. */
export interface ReportRow {
  readonly goal: string
  readonly measure: string
  readonly value: string
  readonly baseline: string
  readonly ratio: string
  readonly target: string
  readonly met: boolean | undefined
  /** Where the time or memory goes, for a goal not met (filled from the profile). */
  readonly note?: string
}

/** The markdown table of a run. */
export function toMarkdownTable(rows: readonly ReportRow[]): string {
  const header =
    '| goal | measure | value | baseline | ratio | target | met | profile |\n|---|---|---|---|---|---|---|---|'
  const lines = rows.map(
    (row) =>
      `| ${row.goal} | ${row.measure} | ${row.value} | ${row.baseline} | ${row.ratio} | ${row.target} | ${toMet(row.met)} | ${row.met === false ? (row.note ?? 'see the profile below') : ''} |`,
  )
  return [header, ...lines].join('\n')
}

function toMet(met: boolean | undefined): string {
  return met === undefined ? '–' : met ? 'yes' : '**no**'
}

/** A ratio goal: the fake's samples against its baseline's, compared as medians. */
export interface RatioGoal {
  readonly goal: string
  readonly measure: string
  readonly fake: readonly number[]
  readonly base: readonly number[]
  readonly baseLabel: string
  /** `>=` for throughput (higher is better), `<=` for latency, time and memory. */
  readonly op: '>=' | '<='
  readonly target: number
  readonly digits?: number
  /** Compare against at least this much (a timer's resolution), so a 0 baseline gives a ratio. */
  readonly floor?: number
  /** Where to look when the goal is not met, if not the profile its family maps to. */
  readonly note?: string
}

/** The row of a ratio goal, with medians, spreads and whether the target is met. */
export function toRatioRow(goal: RatioGoal): ReportRow {
  const digits = goal.digits ?? 0
  const fake = median(goal.fake)
  const base = median(goal.base)
  const ratio = fake / Math.max(base, goal.floor ?? 0)
  const show = (values: readonly number[], value: number) =>
    values.length > 1 ? `${value.toFixed(digits)} (${spread(values, digits)})` : value.toFixed(digits)
  return {
    goal: goal.goal,
    measure: goal.measure,
    value: show(goal.fake, fake),
    baseline: `${show(goal.base, base)} ${goal.baseLabel}`,
    ratio: Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a',
    target: `${goal.op === '>=' ? '≥' : '≤'} ${goal.target.toFixed(2)}×`,
    met: goal.op === '>=' ? ratio >= goal.target : ratio <= goal.target,
    ...(goal.note === undefined ? {} : { note: goal.note }),
  }
}

/** A limit goal: one figure against an absolute bound. */
export function toLimitRow(
  goal: string,
  measure: string,
  values: readonly number[],
  limit: number,
  met: boolean | undefined = median(values) <= limit,
): ReportRow {
  const value = median(values)
  return {
    goal,
    measure,
    value: values.length > 1 ? `${value.toFixed(0)} (${spread(values, 0)})` : value.toFixed(0),
    baseline: '–',
    ratio: '–',
    target: `≤ ${limit}`,
    met,
  }
}
