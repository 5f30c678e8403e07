/**
 * Reads the text report of `coverage.sh report DIR -top 0` (the real server's coverage build): the
 * per-package table, the HTTP-path total, and every gap (functions never entered, uncovered blocks
 * inside functions that ran). Only what the harness and the UNCOVERED.md check need.
 */

export interface PackageFigure {
  readonly name: string
  /** Statements in HTTP-reachable functions, and the share of them that ran (0..100). */
  readonly httpStatements: number
  readonly httpCover: number | undefined
}

/** One gap: a function never entered (`block` undefined) or an uncovered block inside one that ran. */
export interface Gap {
  readonly statements: number
  /** `function_repo/service/function.go` (without the `meta_service/` module prefix). */
  readonly file: string
  /** `1286-1289` for a block; the function's first line for a function never entered. */
  readonly lines: string
  readonly func: string
  readonly kind: 'function' | 'block'
  /** The block's first source line as the report prints it (blocks only). */
  readonly source?: string
}

export interface CoverageReport {
  readonly packages: readonly PackageFigure[]
  readonly total: { readonly covered: number; readonly statements: number }
  readonly gaps: readonly Gap[]
}

const PACKAGE_ROW = /^meta_service\/(\S+)\s+\d+\s+\S+\s+(\d+)\s+(\S+)$/
const TOTAL_ROW = /^HTTP-reachable functions \(\d+\): (\d+)\/(\d+) statements/
const FUNCTION_GAP = /^\s*(\d+)\s+meta_service\/(\S+?):(\d+)\s+(\S+)\s*$/
const BLOCK_GAP = /^\s*(\d+)\s+meta_service\/(\S+?):(\d+-\d+)\s+(\S+)\s+\|\s?(.*)$/

/** Parses the report; throws when it is not one (no package table or no total). */
export function parseCoverageReport(text: string): CoverageReport {
  const packages: PackageFigure[] = []
  const gaps: Gap[] = []
  let total: CoverageReport['total'] | undefined
  let section = ''
  for (const line of text.split('\n')) {
    if (line.startsWith('== ')) {
      section = line
      continue
    }
    const pkg = section.startsWith('== per package') ? PACKAGE_ROW.exec(line.trim()) : null
    if (pkg) {
      const cover = pkg[3] === '-' ? undefined : Number.parseFloat(pkg[3] as string)
      packages.push({ name: pkg[1] as string, httpStatements: Number(pkg[2]), httpCover: cover })
      continue
    }
    const totals = TOTAL_ROW.exec(line)
    if (totals) total = { covered: Number(totals[1]), statements: Number(totals[2]) }
    if (section.includes('never entered')) {
      const gap = FUNCTION_GAP.exec(line)
      if (gap) gaps.push(functionGap(gap))
    } else if (section.includes('uncovered blocks')) {
      const gap = BLOCK_GAP.exec(line)
      if (gap) gaps.push(blockGap(gap))
    }
  }
  if (packages.length === 0 || !total) throw new Error('not a coverage.sh report: no package table or total')
  return { packages, total, gaps }
}

function functionGap(match: RegExpExecArray): Gap {
  const [, statements, file, line, func] = match as unknown as string[]
  return {
    statements: Number(statements),
    file: file as string,
    lines: line as string,
    func: func as string,
    kind: 'function',
  }
}

function blockGap(match: RegExpExecArray): Gap {
  const [, statements, file, lines, func, source] = match as unknown as string[]
  return {
    statements: Number(statements),
    file: file as string,
    lines: lines as string,
    func: func as string,
    kind: 'block',
    source: (source ?? '').trim(),
  }
}

/** The package a file belongs to: its folder (`function_repo/storage/publish`). */
export function packageOf(file: string): string {
  return file.slice(0, file.lastIndexOf('/'))
}

/** Where a gap is, as UNCOVERED.md names it: `function_repo/service/function.go:1286-1289`. */
export function gapLocation(gap: Gap): string {
  return `${gap.file}:${gap.lines}`
}

/** A short per-package summary of the HTTP path, for the harness's last lines. */
export function formatSummary(report: CoverageReport, label = 'coverage'): string {
  const { covered, statements } = report.total
  const rows = report.packages
    .filter((p) => p.httpStatements > 0)
    .map(
      (p) =>
        `  ${p.name.padEnd(40)} ${String(p.httpStatements).padStart(5)}  ${(p.httpCover ?? 0).toFixed(1).padStart(5)}%`,
    )
  const share = ((100 * covered) / statements).toFixed(1)
  return [`${label}: HTTP-reachable statements ${covered}/${statements} = ${share}%`, ...rows].join('\n')
}
