import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import type { RecordedSequence } from '../drift/exchange.js'
import { formatDrift } from '../drift/format-drift.js'
import { type RecordedRuleLike, toRecordedSequence } from '../drift/from-recording.js'
import { verifySequences } from '../drift/verify-sequences.js'
import { CliUsageError } from './cli-args.js'
import { openLiveTarget } from './live-target.js'

export const VERIFY_USAGE = `Usage: yr-meta-mock verify --against <url> <file.json>...

Replays recorded exchanges against a live meta_service, each sequence in a fresh tenant, and diffs
the answers (status, Content-Type, Location, body; clock values normalized). Exits 1 on any drift.

Files: fixtures written by --record or /__admin/recording/stop (rules with "recorded"), or corpus
files of recorded sequences ({"sequences": [...]}, as in test/golden/<release>/corpus).

Options:
  --against <url>   the server to check (http://host:31182)
  --max-shown <n>   differences printed in full (default 20)`

/** `yr-meta-mock verify`: returns the exit code (0 no drift, 1 drift). */
export async function runVerifyCommand(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: {
      against: { type: 'string' },
      'max-shown': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) return print(VERIFY_USAGE)
  if (!values.against || positionals.length === 0) {
    throw new CliUsageError('verify needs --against <url> and at least one file; see verify --help')
  }
  const sequences = positionals.flatMap(readSequences)
  const tag = `v${Math.floor(Math.random() * 36 ** 5).toString(36)}`
  const started = Date.now()
  const result = await verifySequences(openLiveTarget(values.against, 'live'), sequences, tag)
  const shown = Number(values['max-shown'] ?? 20)
  for (const difference of result.differences.slice(0, shown)) print(formatDrift(difference))
  if (result.differences.length > shown) print(`… and ${result.differences.length - shown} more`)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const drifting = new Set(result.differences.map((difference) => difference.sequence)).size
  print(
    `verify: ${result.sequences} sequences, ${result.exchanges} exchanges against ${values.against}: ` +
      `${result.differences.length} drifted (${drifting} sequences) in ${seconds} s`,
  )
  return result.differences.length === 0 ? 0 : 1
}

/** The sequences of one file: a recorded fixture is one sequence; a corpus file holds several. */
export function readSequences(file: string): RecordedSequence[] {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
    name?: string
    rules?: RecordedRuleLike[]
    sequences?: RecordedSequence[]
  }
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
