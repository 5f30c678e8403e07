// Time from `npm start` to the first 200 on /healthz, median of several runs, beside the parts it is
// made of: the same start without npm (`node scripts/start.mjs`) and the bare CLI bundle. Run it on a
// build that has not changed (it fails if one is needed: that is a different measurement). Prints one
// JSON line with the machine's load average, since the figures mean little without it.
// Usage: node scripts/measure-npm-start.mjs [runs] [port]
import { spawn, spawnSync } from 'node:child_process'
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

/** One start: ms from spawn to the first 200, then the whole process group is stopped. */
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
    return performance.now() - started
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
for (const [name, ms] of Object.entries(times)) {
  result[name] = { medianMs: Math.round(median(ms)), ms: ms.map(Math.round) }
}
result.loadAfter = loadavg()[0].toFixed(2)
console.log(JSON.stringify(result))
