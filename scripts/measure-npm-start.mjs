// Time from `npm start` to the first 200 on /healthz (and the CPU time spent by then: a figure the
// machine's load changes less), median of several runs, beside the parts it is
// made of: the same start without npm (`node scripts/start.mjs`) and the bare CLI bundle. Run it on a
// build that has not changed (it fails if one is needed: that is a different measurement). Prints one
// JSON line with the machine's load average, since the figures mean little without it.
// Usage: node scripts/measure-npm-start.mjs [runs] [port]
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'

const RUNS = Number(process.argv[2] ?? 5)
const PORT = Number(process.argv[3] ?? 31182)
const root = fileURLToPath(new URL('..', import.meta.url))
const FLAGS = ['--port', String(PORT), '--log-level', 'warn']
const COMMANDS = {
  'npm start': ['npm', ['start', '--silent', '--', ...FLAGS]],
  'node scripts/start.mjs': [process.execPath, ['scripts/start.mjs', ...FLAGS]],
  'node dist/node/cli-bundle.js': [process.execPath, ['dist/node/cli-bundle.js', ...FLAGS]],
}

async function isHealthy() {
  try {
    const answer = await fetch(`http://127.0.0.1:${PORT}/healthz`, { signal: AbortSignal.timeout(500) })
    await answer.arrayBuffer()
    return answer.status === 200
  } catch {
    return false
  }
}

/**
 * CPU time (ms) spent so far by the process group `group` (Linux /proc): each live member's own and
 * that of the children it has waited for, such as the build check before the CLI.
 */
function groupCpuMs(group) {
  let ticks = 0
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
      if (Number(fields[2]) !== group) continue // field 5, pgrp
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10 // USER_HZ is 100 on Linux
}

/** One start: ms from spawn to the first 200 and the CPU ms spent by then; then the group is stopped. */
async function startOnce([command, args]) {
  if (await isHealthy()) throw new Error(`something already answers on port ${PORT}`)
  const started = performance.now()
  const child = spawn(command, args, { cwd: root, detached: true, stdio: 'ignore' })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    while (!(await isHealthy())) {
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited ${child.exitCode}`)
      if (performance.now() - started > 30_000) throw new Error(`${command}: no 200 within 30 s`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    return { ms: performance.now() - started, cpuMs: groupCpuMs(child.pid) }
  } finally {
    process.kill(-child.pid, 'SIGTERM')
    await exited
    while (await isHealthy()) await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

const check = spawnSync(process.execPath, ['scripts/build-if-changed.mjs', '--check'], { cwd: root })
if (check.status !== 0) throw new Error('the build is not up to date: run npm run build first')
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const result = { runs: RUNS, loadBefore: loadavg()[0].toFixed(2) }
const times = Object.fromEntries(Object.keys(COMMANDS).map((name) => [name, []]))
// Interleaved, round by round: a machine whose load changes meanwhile weighs on every command alike.
for (let run = 0; run < RUNS; run++) {
  for (const [name, command] of Object.entries(COMMANDS)) times[name].push(await startOnce(command))
}
for (const [name, runs] of Object.entries(times)) {
  const ms = runs.map((run) => Math.round(run.ms))
  result[name] = { medianMs: median(ms), medianCpuMs: median(runs.map((run) => run.cpuMs)), ms }
}
result.loadAfter = loadavg()[0].toFixed(2)
console.log(JSON.stringify(result))
