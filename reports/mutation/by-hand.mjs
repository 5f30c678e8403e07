// Session 9, issue 23: usage: node reports/mutation/by-hand.mjs <report.json> <- | path part | ids=1,2> <test files…>
// Writes each listed survivor of a Stryker JSON report into its source, runs the given test files,
// records whether they fail, and puts the source back.
import { readFileSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
const [report, filterFile, ...tests] = process.argv.slice(2)
const r = JSON.parse(readFileSync(report, 'utf8'))
const only = filterFile === '-' || filterFile.startsWith('ids=') ? undefined : filterFile
const ids = filterFile.startsWith('ids=') ? new Set(filterFile.slice(4).split(',')) : undefined
let restore = () => {}
process.on('SIGTERM', () => { restore(); process.exit(143) })
for (const [file, data] of Object.entries(r.files)) {
  if (only && !file.includes(only)) continue
  const original = readFileSync(file, 'utf8')
  if (original !== data.source) { console.log(`SKIP ${file}: source changed since the report`); continue }
  restore = () => writeFileSync(file, original)
  const lines = original.split('\n')
  const offsetOf = ({ line, column }) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1
  for (const m of data.mutants) {
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue
    if (ids && !ids.has(m.id)) continue
    const start = offsetOf(m.location.start), end = offsetOf(m.location.end)
    writeFileSync(file, original.slice(0, start) + m.replacement + original.slice(end))
    const run = spawnSync('npx', ['vitest', 'run', ...tests], { encoding: 'utf8', env: { ...process.env, FC_RUNS: '30' }, timeout: 120000 })
    writeFileSync(file, original)
    const failed = run.status !== 0
    const failing = (run.stdout.match(/×[^\n]*/g) ?? []).map((s) => s.replace(/\x1b\[[0-9;]*m/g, '').trim()).slice(0, 2)
    console.log(`${failed ? 'KILLED' : 'ALIVE '} ${m.id} ${file.split('/').pop()}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${JSON.stringify(m.replacement).slice(0, 60)}${failed ? ' | ' + failing.join(' ; ') : ''}`)
  }
  writeFileSync(file, original)
}
