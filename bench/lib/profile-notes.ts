import type { ReportRow } from './report.js'

/** The profile sections `npm run bench` appends, by heading (the report's `## Profile: …` lines). */
export const PROFILE_HEADINGS = {
  fullPage: "where a full-page request's time goes",
  mix: "where a request of the soak's mix goes",
  healthz: "where a /healthz request's time goes",
  tail: 'the tail (p99) and GC pauses',
  memory: 'what the resident memory holds',
  msw: 'a full page through MSW',
  coldStart: 'where a cold start goes',
} as const

/** The profile that explains a row's figure: the one a reader of an unmet goal should open. */
export function toProfileHeading(row: Pick<ReportRow, 'goal' | 'measure'>): string | undefined {
  const { goal, measure } = row
  if (/p99/.test(measure)) return PROFILE_HEADINGS.tail
  if (/cold start/.test(measure) || goal.includes('cold start')) return PROFILE_HEADINGS.coldStart
  if (/resident/i.test(measure) || goal.includes('memory')) return PROFILE_HEADINGS.memory
  if (goal.includes('mixed')) return PROFILE_HEADINGS.mix
  if (/MSW/.test(measure)) return PROFILE_HEADINGS.msw
  if (/\/healthz/.test(measure)) return PROFILE_HEADINGS.healthz
  if (/full page|page of a/.test(measure)) return PROFILE_HEADINGS.fullPage
  return undefined
}

/** The row with a note naming its profile when its goal is not met (and it has no note of its own). */
export function withProfileNote(row: ReportRow): ReportRow {
  if (row.met !== false || row.note !== undefined) return row
  const heading = toProfileHeading(row)
  return heading ? { ...row, note: `see "Profile: ${heading}" below` } : row
}
