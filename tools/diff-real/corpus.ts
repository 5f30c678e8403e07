import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RecordedSequence } from './exchange.js'

export const GOLDEN_DIR = new URL('../../test/golden/', import.meta.url).pathname
const CORPUS_DIR = join(GOLDEN_DIR, 'corpus')
const SOURCE_FILE = join(GOLDEN_DIR, 'source.json')

/** Where the corpus came from: the server build, when, and how the random batch was drawn. */
export interface CorpusSource {
  readonly server: string
  readonly commit: string
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
export function writeCorpus(sequences: readonly RecordedSequence[], source: CorpusSource): void {
  rmSync(CORPUS_DIR, { recursive: true, force: true })
  mkdirSync(CORPUS_DIR, { recursive: true })
  const groups = new Map<string, RecordedSequence[]>()
  for (const sequence of sequences) {
    const group = groupOf(sequence.name)
    groups.set(group, [...(groups.get(group) ?? []), sequence])
  }
  for (const [group, members] of groups) {
    writeFileSync(join(CORPUS_DIR, `${group}.json`), `${JSON.stringify({ sequences: members }, null, 1)}\n`)
  }
  writeFileSync(SOURCE_FILE, `${JSON.stringify(source, null, 2)}\n`)
}

/** Every recorded sequence, files in name order. */
export function readCorpus(): RecordedSequence[] {
  const files = readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
  return files.flatMap((file) => {
    const parsed = JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8')) as {
      sequences: RecordedSequence[]
    }
    return parsed.sequences
  })
}

export function readSource(): CorpusSource {
  return JSON.parse(readFileSync(SOURCE_FILE, 'utf8')) as CorpusSource
}
