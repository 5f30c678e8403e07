import { describe, expect, it } from 'vitest'
import type { ServerVersion } from '../../src/contract/server-version.js'
import { readCorpus, readSource } from '../../tools/diff-real/corpus.js'
import { ratchet, readKnownDivergences } from '../../tools/diff-real/known-divergences.js'
import { replayOnFace } from '../../tools/diff-real/replay.js'
import { FACE_NAMES } from '../../tools/diff-real/targets.js'

// Each release's corpus, recorded from that release's real meta_service, replayed on every face of a
// fake answering as that release. Differences are an exact ratchet against the release's
// known-divergences.json (regenerate: npm run golden:divergences).

/** The functionsystem commit each release's binary was built from (real-meta-service's README). */
const COMMITS: Readonly<Record<ServerVersion, string>> = {
  '0.7.0': '8ecb1b5994f400c4edb1252859bd7b601c722c30',
  '0.8.0': '53a3b9e819373bd47c0900403e3c0426d98bff96',
  '0.10.0': 'cd468dbaf99d5dd03fb985e7f7a057f9ba0e022a',
}

/** A release next to each one, whose fake must not pass its corpus. */
const NEIGHBOUR: Readonly<Record<ServerVersion, ServerVersion>> = {
  '0.7.0': '0.8.0',
  '0.8.0': '0.10.0',
  '0.10.0': '0.8.0',
}

/** The corpus of one release, replayed on every face of a fake answering as it. */
export function describeReleaseCorpus(version: ServerVersion): void {
  describe(`the golden corpus of ${version}`, () => {
    const corpus = readCorpus(version)
    const known = readKnownDivergences(version)

    it('is the recording the brief asks for, from that release', () => {
      const source = readSource(version)
      const exchanges = corpus.reduce((n, s) => n + s.exchanges.length, 0)
      expect(source.commit).toBe(COMMITS[version])
      expect(source.serverVersion).toBe(version)
      expect({ sequences: corpus.length, exchanges }).toEqual({
        sequences: source.sequences,
        exchanges: source.exchanges,
      })
      expect(corpus.length).toBeGreaterThanOrEqual(200)
      expect(exchanges).toBeGreaterThanOrEqual(1500)
    })

    it('is answered differently by a fake of the neighbouring release', async () => {
      const releaseSequences = corpus.filter((sequence) => sequence.name.startsWith('releases/'))
      const { differences } = await replayOnFace('inprocess', releaseSequences, NEIGHBOUR[version])
      expect(releaseSequences.length).toBeGreaterThan(0)
      expect(differences.length).toBeGreaterThan(0)
    })

    describe.each(FACE_NAMES)('replayed on the %s face', (face) => {
      it('differs from the real server exactly where known-divergences.json says', async () => {
        const { differences } = await replayOnFace(face, corpus, version)
        const { unlisted, nowMatching } = ratchet(
          known.filter((k) => k.face === face),
          differences,
        )
        // new differences fail; listed ones that now match fail too, so the list shrinks as fixes land
        expect(unlisted, 'differences not in known-divergences.json').toEqual([])
        expect(nowMatching, 'listed divergences that now match: run npm run golden:divergences').toEqual([])
      }, 180_000)
    })
  })
}
