import type { ProfiledRun } from './profile-load.js'

const OWN = 'yr-meta-mock: '

/** What a side-by-side profile loaded, and what its baseline is called (the header and columns say). */
export interface ProfileLabels {
  /** After "over the measured stretch of": the load and what it requested. */
  readonly what: string
  /** The baseline's name in the header; `column` in the table's header. */
  readonly base: string
  readonly column: string
}

const FULL_PAGE_LABELS: ProfileLabels = {
  what: 'a wrk -t1 -c16 load on the full page',
  base: 'bare Hono',
  column: 'bare',
}

/** The per-request breakdown, fake against its baseline, as markdown: categories, then the fake's own files. */
export function toProfileMarkdown(
  fake: ProfiledRun,
  bare: ProfiledRun,
  labels: ProfileLabels = FULL_PAGE_LABELS,
): string {
  const perRequest = (run: ProfiledRun, category: string) =>
    (run.breakdown.selfUs.get(category) ?? 0) / run.requests
  const total = (run: ProfiledRun) =>
    [...run.breakdown.selfUs.values()].reduce((sum, us) => sum + us, 0) / run.requests
  const fakeGrouped = groupOwnCode(fake)
  const categories = [...new Set([...fakeGrouped.keys(), ...bare.breakdown.selfUs.keys()])]
  const rows = categories
    .map((category) => {
      const f = (fakeGrouped.get(category) ?? 0) / fake.requests
      const b = perRequest(bare, category)
      return { category, f, b }
    })
    .sort((x, y) => y.f - y.b - (x.f - x.b))
  const line = (name: string, f: number, b: number) =>
    `| ${name} | ${f.toFixed(2)} | ${b.toFixed(2)} | ${(f - b >= 0 ? '+' : '') + (f - b).toFixed(2)} |`
  return [
    `CPU self time per request (µs) over the measured stretch of ${labels.what}: fake ${fake.rps.toFixed(0)} req/s (${fake.requests} requests, ${toProfiled(fake)}), ${labels.base} ${bare.rps.toFixed(0)} req/s (${bare.requests} requests, ${toProfiled(bare)}).`,
    '',
    `| where | fake µs/req | ${labels.column} µs/req | difference |`,
    '|---|---|---|---|',
    ...rows.map((row) => line(row.category, row.f, row.b)),
    line('**total CPU (idle excluded)**', total(fake), total(bare)),
    '',
    ...toOwnFilesTable(fake),
  ].join('\n')
}

/** How long a run was profiled, and how much of it the process waited idle (for its load generator). */
function toProfiled(run: ProfiledRun): string {
  const { windowMs, idleUs } = run.breakdown
  return `${windowMs.toFixed(0)} ms profiled, ${(idleUs / 1000).toFixed(0)} ms of it idle; server CPU from /proc ${run.cpuUsPerRequest.toFixed(1)} µs per request`
}

/** The fake's own code by source file, most first. */
function toOwnFilesTable(run: ProfiledRun): string[] {
  const rows = [...run.breakdown.selfUs.entries()]
    .filter(([category]) => category.startsWith(OWN))
    .sort((a, b) => b[1] - a[1])
    .map(([category, us]) => `| ${category.slice(OWN.length)} | ${(us / run.requests).toFixed(2)} |`)
  return [
    "The fake's own code by source file (self time, µs per request):",
    '',
    '| source file | µs/req |',
    '|---|---|',
    ...rows,
  ]
}

/** The fake's own files summed into one category for the comparison table (listed one by one below it). */
function groupOwnCode(run: ProfiledRun): Map<string, number> {
  const grouped = new Map<string, number>()
  for (const [category, us] of run.breakdown.selfUs) {
    const key = category.startsWith(OWN) ? "yr-meta-mock's own code (by file below)" : category
    grouped.set(key, (grouped.get(key) ?? 0) + us)
  }
  return grouped
}
