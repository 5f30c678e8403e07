import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMetaService, type MetaService } from '../../src/index.js'
import { loadScenarios, watchScenarios } from '../../src/node/index.js'

// Issue 26: a single-file --fixtures stopped hot-reloading after the first save (and never saw a
// save by rename); any file written in a fixtures folder (a log) triggered a reload.

const F = '/serverless/v1/functions'
let dir: string
const stops: (() => void)[] = []
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-watch-'))
})
afterEach(() => {
  for (const stop of stops.splice(0)) stop()
  rmSync(dir, { recursive: true, force: true })
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Polls (bounded) until `check` passes. */
async function eventually(check: () => void, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await sleep(50)
    }
  }
}
const fixture = (name: string) => JSON.stringify({ name: 'data', functions: 0, load: [{ name }] })
const statusOf = async (service: MetaService, name: string) =>
  (await service.fetch(new Request(`http://fake.test${F}/${name}`))).status

function watched(path: string): { service: MetaService; lines: string[] } {
  const service = createMetaService({ scenarios: loadScenarios(path), scenario: 'data' })
  const lines: string[] = []
  stops.push(watchScenarios(path, service.engine, (line) => lines.push(line)))
  return { service, lines }
}

describe('a single-file --fixtures', () => {
  it('reloads on every save, not only the first', async () => {
    const file = join(dir, 'data.json')
    writeFileSync(file, fixture('first'))
    const { service, lines } = watched(file)
    for (const [index, name] of ['second', 'third', 'fourth'].entries()) {
      await sleep(300)
      writeFileSync(file, fixture(name))
      await eventually(() => expect(lines).toHaveLength(index + 1))
      expect(await statusOf(service, name)).toBe(200)
    }
  })

  it('reloads when an editor saves by writing aside and renaming over the file', async () => {
    const file = join(dir, 'data.json')
    writeFileSync(file, fixture('first'))
    const { service, lines } = watched(file)
    for (const [index, name] of ['second', 'third'].entries()) {
      await sleep(300)
      writeFileSync(join(dir, '.data.json.swp'), fixture(name))
      renameSync(join(dir, '.data.json.swp'), file)
      await eventually(() => expect(lines).toHaveLength(index + 1))
      expect(await statusOf(service, name)).toBe(200)
    }
  })
})

describe('a fixtures folder', () => {
  it('does not reload for files that are not fixtures (a log written beside them)', async () => {
    writeFileSync(join(dir, 'data.json'), fixture('first'))
    const { lines } = watched(dir)
    for (let time = 0; time < 5; time++) {
      writeFileSync(join(dir, 'server.log'), `line ${time}\n`, { flag: 'a' })
      await sleep(200)
    }
    await sleep(400)
    expect(lines).toEqual([])
    writeFileSync(join(dir, 'data.json'), fixture('second'))
    await eventually(() => expect(lines).toHaveLength(1))
  })
})
