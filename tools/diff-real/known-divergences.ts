import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_SERVER_VERSION, type ServerVersion } from '../../src/contract/server-version.js'
import { releaseDir } from './corpus.js'
import { type DivergenceKey, keyOf } from './replay.js'

const fileOf = (version: ServerVersion) => join(releaseDir(version), 'known-divergences.json')

/** Sorted by face, sequence and index so that the file diffs well as fixes land. */
export function sortKeys(keys: readonly DivergenceKey[]): DivergenceKey[] {
  return [...keys].sort(
    (a, b) => a.face.localeCompare(b.face) || a.sequence.localeCompare(b.sequence) || a.index - b.index,
  )
}

export function readKnownDivergences(version: ServerVersion = DEFAULT_SERVER_VERSION): DivergenceKey[] {
  return JSON.parse(readFileSync(fileOf(version), 'utf8')) as DivergenceKey[]
}

export function writeKnownDivergences(
  keys: readonly DivergenceKey[],
  version: ServerVersion = DEFAULT_SERVER_VERSION,
): void {
  const rows = sortKeys(keys).map((k) =>
    JSON.stringify({ face: k.face, sequence: k.sequence, index: k.index }),
  )
  writeFileSync(fileOf(version), `[\n${rows.join(',\n')}\n]\n`)
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
