import { parseArgs } from './args.js'
import { type CorpusSource, writeCorpus } from './corpus.js'
import { toAdminSequence } from './differential.js'
import type { RecordedSequence } from './exchange.js'
import { runSequence } from './runner.js'
import { scriptedSequences } from './sequences/index.js'
import { randomBatch } from './sequences/random.js'
import { openRealTarget } from './targets.js'

// npm run golden:record -- --real URL --real-admin URL
//   (a freshly started real server with its frontend: FRONTEND_PORT=P2 run.sh P1)
export const SERVER_COMMIT = 'cd468dbaf99d5dd03fb985e7f7a057f9ba0e022a'
const FRONTEND_COMMIT = '379f8887309b03e8c25a376a8644690945607cf7'
// Its own tag: the frontend forwards to the same meta_service, whose tenants already hold the first pass.
const ADMIN_TAG = 'ga'
const RANDOM_SEED = 20261130
const RANDOM_RUNS = 130
// A fixed tag keeps the corpus deterministic; so record on a fresh server, whose store is empty.
const TAG = 'g'

const args = parseArgs(process.argv.slice(2))
if (!args.real || !args.realAdmin) {
  console.error(
    'usage: npm run golden:record -- --real http://127.0.0.1:PORT --real-admin http://127.0.0.1:FRONTEND_PORT',
  )
  process.exit(2)
}
const started = Date.now()
const real = openRealTarget(args.real)
const sequences = [...scriptedSequences(TAG), ...randomBatch(RANDOM_SEED, RANDOM_RUNS, TAG)]
const recorded: RecordedSequence[] = []
for (const sequence of sequences) {
  recorded.push({ name: sequence.name, exchanges: await runSequence(real, sequence) })
}
const frontend = openRealTarget(args.realAdmin, 'real-admin')
const adminSequences = scriptedSequences(ADMIN_TAG)
  .map(toAdminSequence)
  .filter((sequence) => sequence !== undefined)
for (const sequence of adminSequences) {
  recorded.push({ name: sequence.name, exchanges: await runSequence(frontend, sequence) })
}
const exchanges = recorded.reduce((total, sequence) => total + sequence.exchanges.length, 0)
const source: CorpusSource = {
  server:
    'openeuler-mirror/yuanrong-functionsystem functionsystem/apps/meta_service (real-meta-service/meta-service)',
  commit: SERVER_COMMIT,
  recordedAt: new Date().toISOString().slice(0, 10),
  tag: TAG,
  admin: `openeuler-mirror/yuanrong-frontend pkg/frontend/api/metaservice (real-meta-service/frontend-admin) ${FRONTEND_COMMIT}, tag ${ADMIN_TAG}`,
  randomSeed: RANDOM_SEED,
  randomRuns: RANDOM_RUNS,
  sequences: recorded.length,
  exchanges,
}
writeCorpus(recorded, source)
console.log(
  `recorded ${recorded.length} sequences, ${exchanges} exchanges in ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
