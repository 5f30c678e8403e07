import { describe, expect, it } from 'vitest'
import { parseCoverageReport } from '../../tools/diff-real/coverage-report.js'
import { checkUncovered, parseUncoveredList } from '../../tools/diff-real/uncovered.js'

// The UNCOVERED.md check fails on a gap it does not list, a row that is no gap and a bad reason.

const REPORT = `== per package: all statements | statements in HTTP-reachable functions
package                                           stmts   cover     http   cover
meta_service/router                                 388   93.6%      349   96.0%
meta_service/common/codec                            89   60.7%       65   80.0%

== totals
HTTP-reachable functions (393): 2514/3651 statements =  68.9%

== HTTP-reachable functions never entered (most statements first)
  22  meta_service/router/function.go:442  GetThing

== uncovered blocks inside HTTP-reachable functions that ran (most statements first)
   3  meta_service/router/function.go:203-207  adaptRsp  | if err != nil {
   2  meta_service/common/codec/json.go:10-12  Decode  | if err != nil {
`

const row = (location: string, func: string, reason = 'cannot-run') =>
  `| \`${location}\` | \`${func}\` | 1 | ${reason} | because |`

describe('the UNCOVERED.md check', () => {
  const report = parseCoverageReport(REPORT)

  it('passes when every gap of the checked packages is listed with a reason (others are not checked)', () => {
    const list = [
      row('router/function.go:442', 'GetThing', 'other-writer'),
      row('router/function.go:203-207', 'adaptRsp'),
    ]
    expect(checkUncovered(report, parseUncoveredList(list.join('\n')))).toEqual({
      unlisted: [],
      stale: [],
      badRows: [],
    })
  })

  it('reports a gap not listed, a row that is no gap, and a reason that is not one of the four', () => {
    const list = [row('router/function.go:442', 'GetThing', 'slow'), row('router/function.go:1-2', 'gone')]
    expect(checkUncovered(report, parseUncoveredList(list.join('\n')))).toEqual({
      unlisted: ['router/function.go:203-207 adaptRsp'],
      stale: ['router/function.go:1-2 gone'],
      badRows: ['router/function.go:442 GetThing: reason "slow"'],
    })
  })
})
