import { writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { MetaEngine } from '../engine/meta-engine.js'
import { startRecording } from '../record/recording.js'
import { toRecordedFixture } from '../record/to-fixture.js'

/**
 * `--record <file>`: records from the start, and writes the fixture when the process exits (a
 * synchronous write: by then every answer has been read). `/__admin/recording/stop` gives it earlier.
 */
export function recordToFile(engine: MetaEngine, file: string, redactHeaders?: readonly string[]): void {
  const recording = startRecording(engine, { redactHeaders })
  process.once('exit', () => {
    const fixture = toRecordedFixture(recording.settledExchanges(), { name: basename(file, '.json') })
    writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`)
  })
}
