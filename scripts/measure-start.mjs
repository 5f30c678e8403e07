// Start time of the CLI: spawn until its first stdout line (the JSON ready line, printed once the
// server listens), median of several runs, for `node dist/node/cli-bundle.js` and the binary.
// Usage: node scripts/measure-start.mjs [runs]   (prints one JSON line; exits 1 if the binary takes
// more than twice as long as node with the bundle)
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

const RUNS = Number(process.argv[2] ?? 9)
const COMMANDS = {
  node: [process.execPath, ['dist/node/cli-bundle.js', '--port', '0', '--log-level', 'silent']],
  binary: ['dist-bin/yr-meta-mock', ['--port', '0', '--log-level', 'silent']],
}

function startOnce([command, args]) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] })
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${command} did not start within 10 s`))
    }, 10_000)
    child.stdout.once('data', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      clearTimeout(timer)
      child.once('exit', () => resolve(ms))
      child.kill('SIGTERM')
    })
    child.once('error', reject)
  })
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const result = {}
for (const [name, command] of Object.entries(COMMANDS)) {
  if (!existsSync(command[0] === process.execPath ? command[1][0] : command[0])) {
    throw new Error(`${name}: build it first (npm run build; node scripts/build-binary.mjs)`)
  }
  const times = []
  // Interleaving would be fairer on a busy machine, but the first run of each warms the page cache.
  await startOnce(command)
  for (let run = 0; run < RUNS; run++) times.push(await startOnce(command))
  result[name] = Math.round(median(times))
}
result.ratio = Number((result.binary / result.node).toFixed(2))
console.log(JSON.stringify(result))
if (result.ratio > 2) process.exitCode = 1
