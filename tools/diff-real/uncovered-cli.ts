import { readFileSync } from 'node:fs'
import { parseCoverageReport } from './coverage-report.js'
import { checkUncovered, parseUncoveredList } from './uncovered.js'

// npm run coverage:uncovered -- REPORT [UNCOVERED.md]
//   REPORT: the text of `coverage.sh report DIR[,DIR…] -top 0` (diff:real --coverage --coverage-out FILE writes it)
const [reportFile, listFile = 'test/golden/UNCOVERED.md'] = process.argv.slice(2)
if (!reportFile) {
  console.error('usage: npm run coverage:uncovered -- REPORT [UNCOVERED.md]')
  process.exit(2)
}
const report = parseCoverageReport(readFileSync(reportFile, 'utf8'))
const result = checkUncovered(report, parseUncoveredList(readFileSync(listFile, 'utf8')))
for (const key of result.unlisted) console.log(`not in ${listFile}: ${key}`)
for (const key of result.stale) console.log(`listed but covered (or no such gap): ${key}`)
for (const row of result.badRows) console.log(`bad row: ${row}`)
const problems = result.unlisted.length + result.stale.length + result.badRows.length
console.log(
  problems === 0 ? `${listFile} explains every gap of the checked packages` : `${problems} problems`,
)
process.exit(problems === 0 ? 0 : 1)
