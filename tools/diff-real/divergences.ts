import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { formatDifference } from './compare.js'
import { GOLDEN_DIR, readCorpus } from './corpus.js'
import { writeKnownDivergences } from './known-divergences.js'
import { replayOnFace } from './replay.js'
import { FACE_NAMES } from './targets.js'

// npm run golden:divergences — replays the corpus on every face and rewrites known-divergences.json.
// With --details FILE it also writes every difference (request and both answers) to FILE.
const detailsAt = process.argv.indexOf('--details')
const corpus = readCorpus()
const all = []
for (const face of FACE_NAMES) {
  const started = Date.now()
  const result = await replayOnFace(face, corpus)
  console.log(
    `${face}: ${result.differences.length} differences in ${result.exchanges} exchanges ` +
      `(${result.notCarried} not carried) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  all.push(...result.differences)
}
writeKnownDivergences(all)
if (detailsAt > 0) {
  writeFileSync(
    process.argv[detailsAt + 1] ?? join(GOLDEN_DIR, 'differences.txt'),
    all.map((d) => formatDifference(d)).join('\n\n'),
  )
}
console.log(`${all.length} known divergences written`)
