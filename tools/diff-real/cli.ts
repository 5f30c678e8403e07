import { writeFileSync } from 'node:fs'
import fc from 'fast-check'
import { parseArgs } from './args.js'
import { type Difference, formatDifference } from './compare.js'
import { diffConcurrent } from './concurrent.js'
import { type CoverageRun, coverageReport, startCoverageBuild, stopCoverageBuild } from './coverage-build.js'
import { formatSummary, parseCoverageReport } from './coverage-report.js'
import { diffSequence, toAdminSequence } from './differential.js'
import { openReference } from './etcd-real.js'
import type { Sequence } from './exchange.js'
import { CONCURRENT_SPECS } from './sequences/concurrent.js'
import { etcdSequences } from './sequences/etcd.js'
import { scriptedSequences } from './sequences/index.js'
import { commandsArbitrary, toConcurrentSpec, toSequence } from './sequences/random.js'
import { openFace, openRealTarget, type Target } from './targets.js'

// npm run diff:real -- --real URL [--real-admin URL] [--server-version 0.8.0] [--runs N] [--seed S] [--faces a,b] [--only NAME]
//   or --coverage instead of --real: starts the coverage build itself and prints its report at the end
const args = parseArgs(process.argv.slice(2))
if (!args.real === !args.coverage) {
  console.error(
    'usage: npm run diff:real -- (--real http://127.0.0.1:PORT [--real-etcd http://127.0.0.1:ETCD_PORT] | --coverage [--coverage-out FILE]) [--real-admin URL] [--server-version 0.7.0|0.8.0|0.10.0] [--runs N] [--seed S] [--faces inprocess,node,msw] [--only NAME] [--no-scripted] [--etcd-faults [--real-run DIR]] [--no-etcd-faults]',
  )
  process.exit(2)
}
const build: CoverageRun | undefined = args.coverage ? await startCoverageBuild() : undefined
const realUrl = build?.url ?? (args.real as string)
const realEtcd = build?.etcdUrl ?? args.realEtcd
// a tag unique to this run keeps its tenants and pool ids apart from earlier runs on the same server
const tag = `d${Math.floor(Math.random() * 36 ** 5).toString(36)}`
const started = Date.now()
const counts = { sequences: 0, exchanges: 0, differences: 0, notCarried: 0 }
const perFace = new Map<string, number>()

function report(differences: readonly Difference[]): void {
  for (const difference of differences) {
    console.log(formatDifference(difference))
    perFace.set(difference.face, (perFace.get(difference.face) ?? 0) + 1)
  }
  counts.differences += differences.length
}

async function runAll(
  reference: Target,
  faces: readonly Target[],
  sequences: readonly Sequence[],
): Promise<void> {
  for (const sequence of sequences) {
    const result = await diffSequence(reference, faces, sequence)
    counts.sequences++
    counts.exchanges += sequence.steps.length
    counts.notCarried += result.notCarried
    report(result.differences)
  }
}

/** Each concurrent spec `args.concurrent` times, in a tenant (and pool prefix) per round. */
async function runConcurrent(reference: Target, faces: readonly Target[]): Promise<void> {
  let raced = 0
  let unserial = 0
  for (let round = 0; round < args.concurrent; round++) {
    for (const [index, spec] of CONCURRENT_SPECS.entries()) {
      const unique = `${tag}c${index.toString(36)}${round.toString(36)}`
      const result = await diffConcurrent(reference, faces, spec, `${tag}-c${index}-${round}`, unique)
      counts.sequences++
      if (result.raced) raced++
      if (result.unexplained.length > 0) unserial++
      for (const difference of result.unexplained)
        console.log(`(no serial order) ${formatDifference(difference)}`)
    }
  }
  console.log(
    `concurrent: ${args.concurrent} rounds of ${CONCURRENT_SPECS.length} batches: ${raced} where the real server ` +
      `answered a writer 122003, ${unserial} whose real outcome no serial order gives (decision 0027)`,
  )
}

const randomRaces: string[] = []

/** Random command lists; the first one with a difference is shrunk by fast-check and printed. */
async function runRandom(reference: Target, faces: readonly Target[]): Promise<void> {
  let attempt = 0
  const property = fc.asyncProperty(commandsArbitrary, async (commands) => {
    // without the real server's etcd, lists that put state there are drawn again (fast-check's `pre`)
    if (!realEtcd) fc.pre(commands.every((command) => command.op !== 'given'))
    attempt++
    const name = `random/${args.seed}`
    const [tenant, unique] = [`${tag}-r${attempt}`, `${tag}r${attempt.toString(36)}`]
    const race = toConcurrentSpec(commands, name)
    if (race) {
      // a race: matched modulo the order of its writers; outcomes no order gives are the real server's (0020)
      const result = await diffConcurrent(reference, faces, race, tenant, unique)
      randomRaces.push(result.raced ? 'raced' : 'serial')
      if (result.unexplained.length > 0) randomRaces.push('unexplained')
      return
    }
    const result = await diffSequence(reference, faces, toSequence(commands, name, tenant, unique))
    if (result.differences.length > 0)
      throw new Error(result.differences.map((d) => formatDifference(d)).join('\n'))
  })
  const details = await fc.check(property, { seed: args.seed, numRuns: args.runs })
  counts.sequences += details.numRuns
  const count = (kind: string) => randomRaces.filter((r) => r === kind).length
  console.log(
    `random: seed ${args.seed}, ${details.numRuns} runs; ${count('raced') + count('serial')} with a race ` +
      `(${count('raced')} raced on the real server, ${count('unexplained')} with an outcome no serial order gives)`,
  )
  if (!details.failed) return
  console.log(
    `random: seed ${args.seed}, failed after ${details.numRuns} runs and ${details.numShrinks} shrinks; shrunk commands:`,
  )
  console.log(JSON.stringify(details.counterexample?.[0], null, 1))
  console.log(
    String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance),
  )
  counts.differences++
  perFace.set('random', (perFace.get('random') ?? 0) + 1)
}

/** Stops the coverage build (it writes its counters as it exits) and prints the HTTP path's figures. */
async function reportCoverage(run: CoverageRun): Promise<void> {
  await stopCoverageBuild(run)
  const text = await coverageReport([run.counterDir])
  if (args.coverageOut) writeFileSync(args.coverageOut, text)
  console.log(`\n${formatSummary(parseCoverageReport(text))}`)
  console.log(`counters: ${run.counterDir} (coverage.sh report DIR1,DIR2 adds runs up)`)
}

/** Without the real server's etcd, sequences that put state there are left out, and said so. */
function withoutUnputtable(sequences: readonly Sequence[]): Sequence[] {
  if (realEtcd) return [...sequences]
  const kept = sequences.filter((sequence) => !sequence.given)
  const left = sequences.length - kept.length
  if (left > 0) console.log(`${left} sequences put state in etcd and were left out: give --real-etcd URL`)
  return kept
}

const faces = [] as Target[]
for (const face of args.faces) faces.push(await openFace(face, args.serverVersion))
try {
  const only = args.only
  const outages = args.etcdFaults && !args.noScripted ? etcdSequences(tag) : []
  const scripted = withoutUnputtable(
    args.noScripted
      ? []
      : [...scriptedSequences(tag), ...outages].filter((sequence) => !only || sequence.name.includes(only)),
  )
  // with outages, the real server's etcd is killed and restarted by its PID (decision 0031)
  const reference = openReference(realUrl, {
    outages: outages.length > 0,
    runFolder: build?.runFolder ?? args.realRun,
    etcdUrl: realEtcd,
  })
  try {
    await runAll(reference, faces, scripted)
  } finally {
    await reference.close()
  }
  if (args.realAdmin) {
    // a tag of its own: the frontend forwards to the same meta_service, whose tenants already hold the first pass
    const adminSequences = scriptedSequences(`${tag}a`)
      .filter((sequence) => !only || sequence.name.includes(only))
      .map(toAdminSequence)
      .filter((sequence) => sequence !== undefined)
    await runAll(
      openRealTarget(args.realAdmin, 'real-admin', { etcdUrl: realEtcd }),
      faces,
      withoutUnputtable(adminSequences),
    )
  }
  if (args.concurrent > 0) await runConcurrent(openRealTarget(realUrl, 'real', { etcdUrl: realEtcd }), faces)
  if (args.runs > 0) await runRandom(openRealTarget(realUrl, 'real', { etcdUrl: realEtcd }), faces)
} finally {
  for (const face of faces) await face.close()
  if (build) await reportCoverage(build)
}
const byFace = [...perFace].map(([face, n]) => `${face}: ${n}`).join(', ') || 'none'
console.log(
  `\n${args.serverVersion}: ${counts.sequences} sequences, ${counts.exchanges} scripted exchanges × ${faces.length} faces, ` +
    `${counts.notCarried} not carried (GET/HEAD with a body through fetch), ` +
    `${counts.differences} differences (${byFace}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
process.exit(counts.differences > 0 ? 1 : 0)
