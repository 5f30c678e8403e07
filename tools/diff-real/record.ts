import type { ServerVersion } from '../../src/contract/server-version.js'
import { detectServerVersion } from '../../src/import/detect-server-version.js'
import { parseArgs } from './args.js'
import { type CorpusSource, readCorpus, readSource, writeCorpus } from './corpus.js'
import { toAdminSequence } from './differential.js'
import { openReference } from './etcd-real.js'
import type { Exchange, RecordedSequence, Sequence } from './exchange.js'
import { sendRaw } from './raw-http.js'
import { runSequence } from './runner.js'
import { etcdSequences, hasOutage } from './sequences/etcd.js'
import { scriptedSequences } from './sequences/index.js'
import { randomBatch } from './sequences/random.js'
import { openRealTarget } from './targets.js'

// npm run golden:record -- --real URL --real-admin URL --real-etcd URL [--server-version 0.8.0] [--real-run DIR] [--only NAME]
//   (a freshly started real server of that release with its frontend:
//    RELEASE=v0.8.0 FRONTEND_PORT=P2 FRONTEND_BIN=…/frontend-admin run.sh P1)
// Writes test/golden/<release>/: the corpus, source.json. The release is checked against the server.
// With --only NAME, records just the scripted sequences whose name holds NAME (and their admin twins) and
// puts them into the release's corpus in place of same-named ones; the rest of the corpus is kept.

/** The functionsystem commit each release's binary was built from (real-meta-service's README). */
const SERVER_COMMITS: Readonly<Record<ServerVersion, string>> = {
  '0.7.0': '8ecb1b5994f400c4edb1252859bd7b601c722c30',
  '0.8.0': '53a3b9e819373bd47c0900403e3c0426d98bff96',
  '0.10.0': 'cd468dbaf99d5dd03fb985e7f7a057f9ba0e022a',
}
const SERVER_BINARIES: Readonly<Record<ServerVersion, string>> = {
  '0.7.0': 'real-meta-service/releases/v0.7.0/meta-service',
  '0.8.0': 'real-meta-service/releases/v0.8.0/meta-service',
  '0.10.0': 'real-meta-service/meta-service',
}
export const SERVER_COMMIT = SERVER_COMMITS['0.10.0']
const FRONTEND_COMMIT = '379f8887309b03e8c25a376a8644690945607cf7'
// Its own tag: the frontend forwards to the same meta_service, whose tenants already hold the first pass.
const ADMIN_TAG = 'ga'
const RANDOM_SEED = 20261130
const RANDOM_RUNS = 130
// A fixed tag keeps the corpus deterministic; so record on a fresh server, whose store is empty.
const TAG = 'g'

const args = parseArgs(process.argv.slice(2))
if (!args.real || !args.realAdmin || !args.realEtcd) {
  console.error(
    'usage: npm run golden:record -- --real http://127.0.0.1:PORT --real-admin http://127.0.0.1:FRONTEND_PORT --real-etcd http://127.0.0.1:ETCD_PORT [--server-version 0.8.0] [--real-run DIR] [--only NAME]',
  )
  process.exit(2)
}
const version = args.serverVersion
const realUrl = args.real
const answered = await detectServerVersion(async (method, path, headers) => {
  const answer = await sendRaw(realUrl, method, path, { ...headers }, undefined)
  return answer.kind === 'response' ? answer : { status: 0, body: '(no answer)' }
}, `${TAG}-release-check`)
if (answered !== version) {
  console.error(
    `${realUrl} answers as openYuanrong ${answered}, not ${version}: give --server-version ${answered}`,
  )
  process.exit(2)
}
const started = Date.now()
const only = args.only
const picked = (sequence: Sequence) => !only || sequence.name.includes(only)
const sequences = only
  ? [...scriptedSequences(TAG), ...etcdSequences(TAG)].filter(picked)
  : [...scriptedSequences(TAG), ...etcdSequences(TAG), ...randomBatch(RANDOM_SEED, RANDOM_RUNS, TAG)]
// the outage sequences kill and restart the server's etcd (decision 0031): run.sh's run folder is needed
const real = openReference(realUrl, {
  outages: sequences.some(hasOutage),
  runFolder: args.realRun,
  etcdUrl: args.realEtcd,
})
const recorded: RecordedSequence[] = []
try {
  for (const sequence of sequences) {
    recorded.push(toRecorded(sequence, await runSequence(real, sequence)))
  }
} finally {
  await real.close()
}
const frontend = openRealTarget(args.realAdmin, 'real-admin', { etcdUrl: args.realEtcd })
const adminSequences = scriptedSequences(ADMIN_TAG)
  .filter(picked)
  .map(toAdminSequence)
  .filter((sequence) => sequence !== undefined)
for (const sequence of adminSequences) {
  recorded.push(toRecorded(sequence, await runSequence(frontend, sequence)))
}
const corpus = only ? mergedCorpus(recorded, version) : recorded
const exchanges = corpus.reduce((total, sequence) => total + sequence.exchanges.length, 0)
const source: CorpusSource = {
  server: `openeuler-mirror/yuanrong-functionsystem functionsystem/apps/meta_service (${SERVER_BINARIES[version]})`,
  commit: SERVER_COMMITS[version],
  serverVersion: version,
  recordedAt: only ? readSource(version).recordedAt : new Date().toISOString().slice(0, 10),
  tag: TAG,
  admin: `openeuler-mirror/yuanrong-frontend pkg/frontend/api/metaservice (real-meta-service/frontend-admin) ${FRONTEND_COMMIT}, tag ${ADMIN_TAG}`,
  randomSeed: RANDOM_SEED,
  randomRuns: RANDOM_RUNS,
  sequences: corpus.length,
  exchanges,
}
writeCorpus(corpus, source, version)
console.log(
  `${version}: recorded ${recorded.length} sequences; the corpus has ${corpus.length}, ${exchanges} exchanges, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
)

/** A recorded sequence, with the state another writer put in etcd before it (when any). */
function toRecorded(sequence: Sequence, exchanges: Exchange[]): RecordedSequence {
  return sequence.given
    ? { name: sequence.name, given: sequence.given, exchanges }
    : { name: sequence.name, exchanges }
}

/** The release's corpus with `recorded` in place of same-named sequences (new ones at the end). */
function mergedCorpus(
  recorded: readonly RecordedSequence[],
  serverVersion: ServerVersion,
): RecordedSequence[] {
  const names = new Set(recorded.map((sequence) => sequence.name))
  return [...readCorpus(serverVersion).filter((sequence) => !names.has(sequence.name)), ...recorded]
}
