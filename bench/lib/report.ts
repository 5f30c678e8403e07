/** One line of the benchmark table. */
export interface ReportRow {
  readonly goal: string
  readonly measure: string
  readonly value: string
  readonly baseline: string
  readonly ratio: string
  readonly target: string
  readonly met: boolean | undefined
}

/** The markdown table of a run. */
export function toMarkdownTable(rows: readonly ReportRow[]): string {
  const header = '| goal | measure | value | baseline | ratio | target | met |\n|---|---|---|---|---|---|---|'
  const lines = rows.map(
    (row) =>
      `| ${row.goal} | ${row.measure} | ${row.value} | ${row.baseline} | ${row.ratio} | ${row.target} | ${row.met === undefined ? '–' : row.met ? 'yes' : '**no**'} |`,
  )
  return [header, ...lines].join('\n')
}
