import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { RecordedSequence } from '../drift/exchange.js'
import { formatDrift } from '../drift/format-drift.js'
import { type RecordedRuleLike, toRecordedSequence } from '../drift/from-recording.js'
import { type VerifyResult, verifySequences } from '../drift/verify-sequences.js'
import { openLiveTarget } from './live-target.js'
import { CliUsageError, parseFlags } from './parse-flags.js'
import { findConnectError } from './raw-http.js'

export const VERIFY_USAGE = `Usage: yr-meta-mock verify --against <url> [--against-admin <url>] <file.json>...

Replays recorded exchanges against a live meta_service, each sequence in a fresh tenant (pod pool
ids and groups made fresh too, so a second run finds no leftovers), and diffs the answers (status,
Content-Type, Location, body; clock values normalized). Exits 1 on any drift, or when a server
cannot be reached.

Files: fixtures written by --record or /__admin/recording/stop (rules with "recorded"), or corpus
files of recorded sequences ({"sequences": [...]}, as in test/golden/<release>/corpus). Corpus
sequences that need the server's etcd (its outages, state another writer puts there) are skipped and
their files named.

Options:
  --against <url>         the meta_service to check (http://host:31182)
  --against-admin <url>   the frontend that serves /admin/v1 (the forwarder yrcli uses), for the
                          sequences sent to /admin/v1 (test/golden/<release>/corpus/admin-*.json); without
                          it they are skipped, and the files are named. A fake serves both: give
                          its URL twice.
  --max-shown <n>         differences printed in full (default 20)`

/** The sequences of one file, split by the server they go to. */
interface FileSequences {
  readonly file: string
  readonly core: RecordedSequence[]
  readonly admin: RecordedSequence[]
  /** Sequences that need the server's etcd (outage steps, state another writer put there): not replayed. */
  readonly needEtcd: RecordedSequence[]
}

/** `yr-meta-mock verify`: returns the exit code (0 no drift, 1 drift or a server not reached). */
export async function runVerifyCommand(args: readonly string[]): Promise<number> {
  const options = parseVerifyArgs(args)
  if (options === 'help') return print(VERIFY_USAGE)
  const files = options.files.map(toFileSequences)
  const admin = files.flatMap((file) => file.admin)
  const skipped = files.filter((file) => file.admin.length > 0 && options.againstAdmin === undefined)
  if (skipped.length > 0) print(toSkipLine(skipped))
  const needEtcd = files.filter((file) => file.needEtcd.length > 0)
  if (needEtcd.length > 0) print(toEtcdSkipLine(needEtcd))
  const runs: { url: string; sequences: RecordedSequence[] }[] = [
    { url: options.against, sequences: files.flatMap((file) => file.core) },
    { url: options.againstAdmin ?? '', sequences: options.againstAdmin === undefined ? [] : admin },
  ].filter((run) => run.sequences.length > 0)
  if (runs.length === 0) throw new CliUsageError('verify: nothing to replay (see the skipped files above)')
  for (const { url } of runs) {
    const error = await findConnectError(url)
    if (error !== undefined)
      return fail(`verify: cannot connect to ${url} (${error}); is the server running?`)
  }
  const tag = `v${Math.floor(Math.random() * 36 ** 5).toString(36)}`
  let drifted = 0
  for (const { url, sequences } of runs) {
    const started = Date.now()
    const result = await verifySequences(openLiveTarget(url, 'live'), sequences, tag)
    printResult(result, url, options.maxShown, Date.now() - started)
    drifted += result.differences.length
  }
  return drifted === 0 ? 0 : 1
}

function parseVerifyArgs(
  args: readonly string[],
): 'help' | { against: string; againstAdmin?: string; maxShown: number; files: string[] } {
  const { values, positionals } = parseFlags(
    {
      args: [...args],
      strict: true,
      allowPositionals: true,
      options: {
        against: { type: 'string' },
        'against-admin': { type: 'string' },
        'max-shown': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    'yr-meta-mock verify --help',
  )
  if (values.help) return 'help'
  if (!values.against || positionals.length === 0) {
    throw new CliUsageError('verify needs --against <url> and at least one file; see verify --help')
  }
  for (const [flag, url] of [
    ['--against', values.against],
    ['--against-admin', values['against-admin']],
  ] as const) {
    if (url !== undefined && !URL.canParse(url))
      throw new CliUsageError(`verify: ${flag} takes a URL such as http://127.0.0.1:31182, not "${url}"`)
  }
  const maxShown = Number(values['max-shown'] ?? 20)
  if (!Number.isInteger(maxShown) || maxShown < 0)
    throw new CliUsageError(`verify: --max-shown takes a whole number ≥ 0, not "${values['max-shown']}"`)
  return { against: values.against, againstAdmin: values['against-admin'], maxShown, files: positionals }
}

function toFileSequences(file: string): FileSequences {
  const all = readSequences(file)
  const sequences = all.filter((sequence) => !needsEtcd(sequence))
  // /admin/v1 is the frontend's forwarder, not meta_service: a meta_service answers it 404. The
  // corpus names those sequences "admin:…"; a recording is one when all it sent went there.
  const isAdmin = (sequence: RecordedSequence) =>
    sequence.name.startsWith('admin:') ||
    sequence.exchanges.every((exchange) => exchange.request.path.startsWith('/admin/'))
  return {
    file,
    core: sequences.filter((sequence) => !isAdmin(sequence)),
    admin: sequences.filter(isAdmin),
    needEtcd: all.filter(needsEtcd),
  }
}

/**
 * Outage steps kill the server's etcd, and `given` state is written straight into it (decisions 0031,
 * 0035): a URL does not give that, so replaying them would report drift that is not there.
 */
function needsEtcd(sequence: RecordedSequence): boolean {
  return sequence.given !== undefined || sequence.exchanges.some((exchange) => exchange.request.etcd)
}

function toEtcdSkipLine(files: readonly FileSequences[]): string {
  const count = files.reduce((sum, file) => sum + file.needEtcd.length, 0)
  const names = files.map((file) => file.file).join(', ')
  return (
    `verify: skipped ${count} sequences that need the server's etcd (etcd outages, or state another ` +
    `writer puts there) in ${names}: a URL gives no way into etcd (a clone's npm run diff:real replays them)`
  )
}

function toSkipLine(skipped: readonly FileSequences[]): string {
  const count = skipped.reduce((sum, file) => sum + file.admin.length, 0)
  const names = skipped.map((file) => file.file).join(', ')
  return (
    `verify: skipped ${count} sequences sent to /admin/v1 (the frontend's forwarder, not meta_service) ` +
    `in ${names}; to check them give the frontend's URL with --against-admin <url>`
  )
}

function printResult(result: VerifyResult, url: string, shown: number, ms: number): void {
  for (const difference of result.differences.slice(0, shown)) print(formatDrift(difference))
  if (result.differences.length > shown) print(`… and ${result.differences.length - shown} more`)
  const drifting = new Set(result.differences.map((difference) => difference.sequence)).size
  print(
    `verify: ${result.sequences} sequences, ${result.exchanges} exchanges against ${url}: ` +
      `${result.differences.length} drifted (${drifting} sequences) in ${(ms / 1000).toFixed(1)} s`,
  )
}

/** The sequences of one file: a recorded fixture is one sequence; a corpus file holds several. */
export function readSequences(file: string): RecordedSequence[] {
  let parsed: { name?: string; rules?: RecordedRuleLike[]; sequences?: RecordedSequence[] } | null
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new CliUsageError(`verify: cannot read ${file} as JSON: ${(error as Error).message}`)
  }
  if (parsed === null || typeof parsed !== 'object') parsed = {}
  if (Array.isArray(parsed.sequences)) return parsed.sequences
  if (Array.isArray(parsed.rules)) {
    const sequence = toRecordedSequence(parsed.name ?? basename(file, '.json'), parsed.rules)
    if (sequence.exchanges.length > 0) return [sequence]
  }
  throw new CliUsageError(`${file} holds no recorded exchanges (a --record fixture or a corpus file)`)
}

function print(text: string): number {
  process.stdout.write(`${text}\n`)
  return 0
}

function fail(text: string): number {
  process.stderr.write(`yr-meta-mock: ${text}\n`)
  return 1
}
