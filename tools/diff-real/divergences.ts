import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SERVER_VERSIONS, type ServerVersion, toServerVersion } from '../../src/contract/server-version.js'
import type { Difference } from './compare.js'
import { formatDifference } from './compare.js'
import { readCorpus, releaseDir } from './corpus.js'
import { writeKnownDivergences } from './known-divergences.js'
import { replayOnFace } from './replay.js'
import { FACE_NAMES } from './targets.js'

// npm run golden:divergences [-- --release 0.8.0] — replays each release's corpus (or the one named)
// on every face and rewrites its known-divergences.json. With --details FILE it also writes every
// difference (request and both answers) to FILE (one per release: FILE.<release>).
const argAfter = (flag: string) => {
  const at = process.argv.indexOf(flag)
  return at > 0 ? process.argv[at + 1] : undefined
}
const named = argAfter('--release') ?? argAfter('--server-version')
const chosen = named === undefined ? undefined : toServerVersion(named)
if (named !== undefined && chosen === undefined) {
  console.error(`--release takes ${SERVER_VERSIONS.join(', ')}, not "${named}"`)
  process.exit(2)
}
const details = argAfter('--details')

async function rewrite(version: ServerVersion): Promise<void> {
  const corpus = readCorpus(version)
  const all: Difference[] = []
  for (const face of FACE_NAMES) {
    const started = Date.now()
    const result = await replayOnFace(face, corpus, version)
    console.log(
      `${version} ${face}: ${result.differences.length} differences in ${result.exchanges} exchanges ` +
        `(${result.notCarried} not carried) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
    all.push(...result.differences)
  }
  writeKnownDivergences(all, version)
  if (details !== undefined || process.argv.includes('--details')) {
    const file = details ? `${details}.${version}` : join(releaseDir(version), 'differences.txt')
    writeFileSync(file, all.map((d) => formatDifference(d)).join('\n\n'))
  }
  console.log(`${version}: ${all.length} known divergences written`)
}

for (const version of chosen ? [chosen] : SERVER_VERSIONS) await rewrite(version)
