import { parseArgs } from './args.js'
import { type CorpusSource, writeCorpus } from './corpus.js'
import type { RecordedSequence } from './exchange.js'
import { runSequence } from './runner.js'
import { scriptedSequences } from './sequences/index.js'
import { randomBatch } from './sequences/random.js'
import { openRealTarget } from './targets.js'

// npm run golden:record -- --real URL   (a freshly started real server: run.sh PORT)
export const SERVER_COMMIT = 'cd468dbaf99d5dd03fb985e7f7a057f9ba0e022a'
const RANDOM_SEED = 20261130
const RANDOM_RUNS = 130
// A fixed tag keeps the corpus deterministic; so record on a fresh server, whose store is empty.
const TAG = 'g'

const args = parseArgs(process.argv.slice(2))
if (!args.real) {
  console.error('usage: npm run golden:record -- --real http://127.0.0.1:PORT')
  process.exit(2)
}
const started = Date.now()
const real = openRealTarget(args.real)
const sequences = [...scriptedSequences(TAG), ...randomBatch(RANDOM_SEED, RANDOM_RUNS, TAG)]
const recorded: RecordedSequence[] = []
for (const sequence of sequences) {
  recorded.push({ name: sequence.name, exchanges: await runSequence(real, sequence) })
}
const exchanges = recorded.reduce((total, sequence) => total + sequence.exchanges.length, 0)
const source: CorpusSource = {
  server:
    'openeuler-mirror/yuanrong-functionsystem functionsystem/apps/meta_service (real-meta-service/meta-service)',
  commit: SERVER_COMMIT,
  recordedAt: new Date().toISOString().slice(0, 10),
  tag: TAG,
  randomSeed: RANDOM_SEED,
  randomRuns: RANDOM_RUNS,
  sequences: recorded.length,
  exchanges,
}
writeCorpus(recorded, source)
console.log(
  `recorded ${recorded.length} sequences, ${exchanges} exchanges in ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
