import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FixtureLoadError } from '../../src/engine/baseline.js'
import { createMetaService, type MetaService, ScenarioError } from '../../src/index.js'
import { CliUsageError, parseCliArgs } from '../../src/node/cli-args.js'
import { loadScenarios, watchScenarios } from '../../src/node/index.js'
import { type CliProcess, spawnCli } from '../support/cli-process.js'

// Issue 23, findings 7 (the answer cache replayed one caller's redirect), 8 (a hot reload that
// failed half way was half live) and 9 (a 35-byte fixture froze, then crashed the server).

const F = '/serverless/v1/functions'
const HELLO = '0@faaspy@hello2'

let dir: string
const running: CliProcess[] = []
const stops: (() => void)[] = []
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-adversarial-'))
})
afterEach(() => {
  for (const stop of stops.splice(0)) stop()
  for (const cli of running.splice(0)) if (cli.child.exitCode === null) cli.child.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

const get = (service: MetaService, path: string, headers: Record<string, string> = {}) =>
  service.fetch(new Request(`http://fake.test${path}`, { headers }))
const statusOf = async (service: MetaService, path: string, session = '') =>
  (await get(service, path, { 'x-mock-session': session })).status

/** Writes the scenario "data" to `data.json` in the test's directory. */
function dataFile(content: object): string {
  const file = join(dir, 'data.json')
  writeFileSync(file, JSON.stringify({ name: 'data', ...content }))
  return file
}

/** Polls (bounded) until `check` passes. */
async function eventually(check: () => void | Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

describe('finding 7: the answer cache keys on every input of an answer', () => {
  it('answers a trailing-slash redirect with each caller’s own X-Forwarded-Prefix, in every session and after a reset', async () => {
    const service = createMetaService({ functions: 0 })
    const location = async (headers: Record<string, string>) =>
      (await get(service, `${F}/${HELLO}/`, headers)).headers.get('location')
    // Three times: the cache keeps an answer from its second time and serves it from the third.
    for (let time = 0; time < 3; time++)
      expect(await location({ 'x-forwarded-prefix': '/evil' })).toBe(`/evil${F}/${HELLO}`)
    expect(await location({ 'x-forwarded-prefix': '/mine' })).toBe(`/mine${F}/${HELLO}`)
    expect(await location({ 'x-mock-session': 'other' })).toBe(`${F}/${HELLO}`)
    expect(await location({})).toBe(`${F}/${HELLO}`)
    await service.reset()
    expect(await location({})).toBe(`${F}/${HELLO}`)
    expect(await location({ 'x-forwarded-prefix': '/mine' })).toBe(`/mine${F}/${HELLO}`)
  })

  it('reads a snapshot restored under another scenario with that scenario’s default tenant', async () => {
    const scenarios = [
      { name: 'ta', functions: 0, config: { defaultTenant: 'ta' } },
      { name: 'tb', functions: 0, config: { defaultTenant: 'tb' } },
    ]
    const service = createMetaService({ scenarios, scenario: 'ta' })
    const total = async () =>
      ((await (await get(service, `${F}?pageIndex=1&pageSize=5`)).json()) as { result: { total: number } })
        .result.total
    // The docs' example lives in the default tenant: "ta" here.
    for (let time = 0; time < 3; time++) expect(await total()).toBe(2)
    const saved = service.snapshot()
    await service.useScenario('tb')
    service.restore(saved)
    // The same data (the same identity), read as tenant "tb": none of it is there.
    expect(await total()).toBe(0)
  })
})

describe('finding 8: a hot reload applies whole or not at all, and says which', () => {
  it('changes nothing when one session refuses a new function, and names the file, key and session', async () => {
    const file = dataFile({ functions: 0, load: [{ name: 'kept' }] })
    const service = createMetaService({ scenarios: loadScenarios(file), scenario: 'data' })
    const created = await service.fetch(
      new Request(`http://fake.test${F}`, {
        method: 'POST',
        headers: { 'x-mock-session': 's1' },
        body: JSON.stringify({ name: 'added', runtime: 'python3.9', cpu: 500, memory: 256, timeout: 60 }),
      }),
    )
    expect(created.status).toBe(200)
    for (const session of ['', 's2']) expect(await statusOf(service, `${F}/kept`, session)).toBe(200)
    const lines: string[] = []
    stops.push(watchScenarios(file, service.engine, (line) => lines.push(line)))

    dataFile({
      functions: 0,
      load: [{ name: 'kept', description: 'changed' }, { name: 'added' }],
      rules: [{ match: { path: '/healthz' }, respond: { status: 418 } }],
    })
    await eventually(() => expect(lines).toHaveLength(1))
    for (const session of ['', 's1', 's2', 'new']) {
      expect(await statusOf(service, '/healthz', session)).toBe(200)
      const kept = await (await get(service, `${F}/kept`, { 'x-mock-session': session })).text()
      expect(kept).not.toContain('changed')
    }
    for (const session of ['', 's2', 'new']) expect(await statusOf(service, `${F}/added`, session)).toBe(404)
    expect(lines[0]).toContain(`could not reload ${file}, not applied (nothing changed`)
    expect(lines[0]).toContain(`${file} at /load/1: cannot load function "added" into session "s1"`)

    // Once that session is reset, the same file applies everywhere.
    await service.reset({ session: 's1' })
    dataFile({
      functions: 0,
      load: [{ name: 'kept', description: 'changed' }, { name: 'added' }],
      rules: [{ match: { path: '/healthz' }, respond: { status: 418 } }],
    })
    await eventually(() => expect(lines).toHaveLength(2))
    expect(lines[1]).toContain(`reloaded ${file}, applied: scenarios data; active data; data updated`)
    for (const session of ['', 's1', 's2', 'new']) {
      expect(await statusOf(service, '/healthz', session)).toBe(418)
      expect(await statusOf(service, `${F}/added`, session)).toBe(200)
    }
  })

  it('keeps serving the old data and rules when a rebuild (a new seed) fails', async () => {
    const scenario = { name: 'data', functions: 0, seed: 1, rules: [] }
    const service = createMetaService({ scenarios: [scenario], scenario: 'data' })
    const broken = { ...scenario, seed: 2, load: [{ name: 'twice' }, { name: 'twice' }], rules: [] }
    const reloaded = service.engine.reloadScenarios(loadScenarios(dataFile(broken)))
    await expect(reloaded).rejects.toThrow(FixtureLoadError)
    expect(await statusOf(service, `${F}/${HELLO}`)).toBe(200)
    expect(await statusOf(service, `${F}/twice`)).toBe(404)
    expect(service.engine.baseline.seed).toBe(1)
    await expect(reloaded).rejects.toThrow(
      `${join(dir, 'data.json')} at /load/1: cannot load function "twice"`,
    )
  })

  it('keeps the active scenario and its data when switching to one whose data cannot be built', async () => {
    const scenarios = [
      { name: 'good', functions: 0, rules: [{ match: { path: '/healthz' }, respond: { status: 418 } }] },
      { name: 'broken', functions: 0, load: [{ name: 'twice' }, { name: 'twice' }] },
    ]
    const service = createMetaService({ scenarios, scenario: 'good' })
    const switched = service.useScenario('broken')
    await expect(switched).rejects.toThrow(FixtureLoadError)
    expect(await statusOf(service, '/healthz')).toBe(418)
    expect(await statusOf(service, `${F}/${HELLO}`)).toBe(200)
    expect(service.engine.scenarios.active?.scenario.name).toBe('good')
    await expect(switched).rejects.toThrow('scenarios[1] at /load/1: cannot load function')
  })
})

describe('finding 8, over /__admin: activating a scenario whose data cannot be built', () => {
  it('answers 409 naming the place, and the active scenario keeps serving', async () => {
    const scenarios = [
      { name: 'good', functions: 0 },
      { name: 'broken', functions: 0, load: [{ name: 'twice' }, { name: 'twice' }] },
    ]
    const service = createMetaService({ scenarios, scenario: 'good' })
    const answer = await service.fetch(
      new Request('http://127.0.0.1/__admin/scenarios/broken/activate', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
    )
    expect(await statusOf(service, `${F}/${HELLO}`)).toBe(200)
    expect(answer.status).toBe(409)
    const body = (await answer.json()) as { error: string; active: string }
    expect(body.error).toContain('scenarios[1] at /load/1: cannot load function "twice"')
    expect(body.error).toContain('nothing changed')
    expect(body.active).toBe('good')
  })
})

describe('finding 9: a data budget, checked before anything is built', () => {
  it('refuses {"functions": 1000000} at start, at once, naming the file, the key and the maximum', async () => {
    const file = join(dir, 'huge.json')
    writeFileSync(file, '{"functions": 1000000}')
    expect(Buffer.byteLength('{"functions": 1000000}')).toBeLessThan(36)
    const cli = spawnCli(['--port', '0', '--fixtures', file, '--scenario', 'huge', '--log-level', 'error'])
    running.push(cli)
    // Bounded: the old fake built for minutes; a refusal is a start-up error.
    const exited = await Promise.race([cli.exited, new Promise((resolve) => setTimeout(resolve, 30_000))])
    expect(exited).toBe(1)
    expect(cli.stderr()).toContain(`${file} at /functions: at most 20,000 version records in all`)
    expect(cli.stderr()).toContain('at most 2,222 generated functions fit')
  }, 40_000)

  it('refuses data over the budget given in code, before building, naming the key', () => {
    expect(() => createMetaService({ functions: 2_223 })).toThrow(
      /^options at \/functions: at most 20,000 version records in all/,
    )
    expect(() =>
      createMetaService({
        functions: 0,
        scenarios: [{ name: 'many', load: [{ name: 'm', versions: 20_000 }] }],
      }),
    ).toThrow(/^scenarios\[0\] at \/load\/0: at most 20,000 version records/)
    const wide = { name: 'wide', description: 'x'.repeat(65_536), versions: 1_000 }
    expect(() => createMetaService({ functions: 0, load: [wide], config: { versionMax: 1_000 } })).toThrow(
      /^options at \/load\/0: at most 16,777,216 bytes of fixture text/,
    )
    const functions = Array.from({ length: 5_000 }, (_, index) => ({ name: `f${index}` }))
    expect(() => createMetaService({ functions: 0, load: functions })).toThrow(
      /^options at \/load: at most 5,000 functions in all/,
    )
    expect(() => createMetaService({ functions: 0, load: functions })).toThrow(ScenarioError)
  })

  it('lets whoever starts the fake set the budget, and a fixture only fill it', async () => {
    expect(() => createMetaService({ functions: 11, dataBudget: { records: 100 } })).toThrow(
      'options at /functions: at most 100 version records in all',
    )
    const service = createMetaService({ functions: 10, dataBudget: { records: 100 } })
    await service.ready
    expect(service.engine.defaultState.store.recordCount).toBeLessThanOrEqual(100)
  })

  it('refuses a hot reload over the budget, changing nothing', async () => {
    const scenario = { name: 'data', functions: 0, rules: [] }
    const service = createMetaService({ scenarios: [scenario], scenario: 'data' })
    await service.ready
    const reloaded = service.engine.reloadScenarios(
      loadScenarios(dataFile({ ...scenario, functions: 2_223 })),
    )
    await expect(reloaded).rejects.toThrow(
      `${join(dir, 'data.json')} at /functions: at most 20,000 version records`,
    )
    expect(service.engine.baseline.functions).toBe(0)
    expect(await statusOf(service, `${F}/${HELLO}`)).toBe(200)
  })

  it('refuses --functions past the budget on the command line, and reads --data-budget', () => {
    expect(() => parseCliArgs(['--functions', '2223'])).toThrow(CliUsageError)
    expect(() => parseCliArgs(['--functions', '1000000'])).toThrow(
      '--functions takes a whole number from 0 to 2222, not "1000000" (the data budget: 20000 records',
    )
    expect(parseCliArgs(['--functions', '2222'])).toMatchObject({ functions: 2222 })
    const raised = parseCliArgs(['--data-budget', 'records=180000,functions=20000', '--functions', '18000'])
    expect(raised).toMatchObject({
      functions: 18_000,
      dataBudget: { records: 180_000, functions: 20_000, bytes: 16 * 1024 * 1024 },
    })
    expect(() => parseCliArgs(['--data-budget', 'rows=5'])).toThrow(
      '--data-budget takes records=<n>,functions=<n>,bytes=<n> (any of them), not "rows=5"',
    )
    expect(() => parseCliArgs(['--data-budget', 'bytes=lots'])).toThrow(
      '--data-budget bytes takes a whole number from 0 to 9007199254740991, not "lots"',
    )
  })
})
