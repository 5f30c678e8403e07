import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_SERVER_VERSION, type ServerVersion } from '../../src/contract/server-version.js'
import type { RecordedSequence } from './exchange.js'

export const GOLDEN_DIR = new URL('../../test/golden/', import.meta.url).pathname

/** A release's folder: its corpus, where it came from, and its known divergences. */
export function releaseDir(serverVersion: ServerVersion): string {
  return join(GOLDEN_DIR, serverVersion)
}

const corpusDir = (version: ServerVersion) => join(releaseDir(version), 'corpus')
const sourceFile = (version: ServerVersion) => join(releaseDir(version), 'source.json')

/** Where the corpus came from: the server build, when, and how the random batch was drawn. */
export interface CorpusSource {
  readonly server: string
  readonly commit: string
  /** The release the server is (the folder's name). */
  readonly serverVersion?: ServerVersion
  readonly recordedAt: string
  readonly tag: string
  readonly randomSeed: number
  readonly randomRuns: number
  readonly sequences: number
  readonly exchanges: number
  /** The frontend forwarder the `admin:` sequences went through, when they were recorded. */
  readonly admin?: string
}

/**
 * The group a sequence is filed under: the first segment of its name (`create/field-cpu` → create;
 * `admin:create/field-cpu` → admin-create).
 */
function groupOf(name: string): string {
  return (name.split('/')[0] ?? 'misc').replace(':', '-')
}

/** Writes one JSON file per group, sequences in their run order, keys in a fixed order. */
export function writeCorpus(
  sequences: readonly RecordedSequence[],
  source: CorpusSource,
  serverVersion: ServerVersion = DEFAULT_SERVER_VERSION,
): void {
  const dir = corpusDir(serverVersion)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const groups = new Map<string, RecordedSequence[]>()
  for (const sequence of sequences) {
    const group = groupOf(sequence.name)
    groups.set(group, [...(groups.get(group) ?? []), sequence])
  }
  for (const [group, members] of groups) {
    writeFileSync(join(dir, `${group}.json`), `${JSON.stringify({ sequences: members }, null, 1)}\n`)
  }
  writeFileSync(sourceFile(serverVersion), `${JSON.stringify(source, null, 2)}\n`)
}

/** Every recorded sequence of a release, files in name order. */
export function readCorpus(serverVersion: ServerVersion = DEFAULT_SERVER_VERSION): RecordedSequence[] {
  const dir = corpusDir(serverVersion)
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
  return files.flatMap((file) => {
    const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      sequences: RecordedSequence[]
    }
    return parsed.sequences
  })
}

export function readSource(serverVersion: ServerVersion = DEFAULT_SERVER_VERSION): CorpusSource {
  return JSON.parse(readFileSync(sourceFile(serverVersion), 'utf8')) as CorpusSource
}
