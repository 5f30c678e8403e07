import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GOLDEN_DIR } from './corpus.js'
import { type DivergenceKey, keyOf } from './replay.js'

const FILE = join(GOLDEN_DIR, 'known-divergences.json')

/** Sorted by face, sequence and index so that the file diffs well as fixes land. */
export function sortKeys(keys: readonly DivergenceKey[]): DivergenceKey[] {
  return [...keys].sort(
    (a, b) => a.face.localeCompare(b.face) || a.sequence.localeCompare(b.sequence) || a.index - b.index,
  )
}

export function readKnownDivergences(): DivergenceKey[] {
  return JSON.parse(readFileSync(FILE, 'utf8')) as DivergenceKey[]
}

export function writeKnownDivergences(keys: readonly DivergenceKey[]): void {
  const rows = sortKeys(keys).map((k) =>
    JSON.stringify({ face: k.face, sequence: k.sequence, index: k.index }),
  )
  writeFileSync(FILE, `[\n${rows.join(',\n')}\n]\n`)
}

/** What the ratchet sees: differences not in the list, and listed ones that now match. */
export function ratchet(
  known: readonly DivergenceKey[],
  found: readonly DivergenceKey[],
): { unlisted: string[]; nowMatching: string[] } {
  const knownSet = new Set(known.map(keyOf))
  const foundSet = new Set(found.map(keyOf))
  return {
    unlisted: [...foundSet].filter((key) => !knownSet.has(key)),
    nowMatching: [...knownSet].filter((key) => !foundSet.has(key)),
  }
}
