import { type CoverageReport, type Gap, gapLocation, packageOf } from './coverage-report.js'

/**
 * test/golden/UNCOVERED.md: every statement of the real server's HTTP path that the harness leaves
 * uncovered in the packages issue 24 names, each with one of four reasons. This reads the file's
 * table and checks it against a coverage report (`coverage.sh report … -top 0`): every gap listed,
 * nothing listed that is no longer a gap, every reason one of the four.
 */
export const CHECKED_PACKAGES = [
  'router',
  'function_repo/service',
  'function_repo/model',
  'function_repo/utils',
  'function_repo/storage/publish',
] as const

/** The four reasons a statement may stay uncovered, as UNCOVERED.md spells them. */
export const REASONS = {
  'etcd-failure': 'an etcd failure',
  'other-writer': 'state only another writer of etcd creates (layers, aliases, triggers, values it wrote)',
  configuration: "a configuration other than the template's",
  'cannot-run': 'code that cannot run',
} as const

export type Reason = keyof typeof REASONS

export interface UncoveredEntry {
  /** `function_repo/service/function.go:1286-1289`, or the first line of a function never entered. */
  readonly location: string
  readonly func: string
  readonly statements: number
  readonly reason: string
  readonly why: string
}

/** The table rows of UNCOVERED.md: `| location | function | statements | reason | why |`. */
export function parseUncoveredList(markdown: string): UncoveredEntry[] {
  const entries: UncoveredEntry[] = []
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim())
    if (cells.length < 7 || !/^`[^`]+:\d+(-\d+)?`$/.test(cells[1] ?? '')) continue
    entries.push({
      location: (cells[1] as string).slice(1, -1),
      func: (cells[2] as string).replace(/^`|`$/g, ''),
      statements: Number(cells[3]),
      reason: cells[4] as string,
      why: cells[5] as string,
    })
  }
  return entries
}

/** The gaps of a report in the checked packages. */
export function checkedGaps(report: CoverageReport): Gap[] {
  return report.gaps.filter((gap) => (CHECKED_PACKAGES as readonly string[]).includes(packageOf(gap.file)))
}

export interface UncoveredCheck {
  /** Gaps the list does not explain. */
  readonly unlisted: string[]
  /** Rows that are no gap any more (covered now, or mistyped). */
  readonly stale: string[]
  /** Rows whose reason is not one of the four, or that give no why. */
  readonly badRows: string[]
}

const keyOf = (location: string, func: string) => `${location} ${func}`

export function checkUncovered(report: CoverageReport, entries: readonly UncoveredEntry[]): UncoveredCheck {
  const gaps = checkedGaps(report)
  const listed = new Map(entries.map((entry) => [keyOf(entry.location, entry.func), entry]))
  const gapKeys = new Set(gaps.map((gap) => keyOf(gapLocation(gap), gap.func)))
  return {
    unlisted: gaps.map((gap) => keyOf(gapLocation(gap), gap.func)).filter((key) => !listed.has(key)),
    stale: [...listed.keys()].filter((key) => !gapKeys.has(key)),
    badRows: entries
      .filter((entry) => !(entry.reason in REASONS) || entry.why === '')
      .map((entry) => `${keyOf(entry.location, entry.func)}: reason "${entry.reason}"`),
  }
}
