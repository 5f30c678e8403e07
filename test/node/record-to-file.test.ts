import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RecordingFile } from '../../src/node/record-to-file.js'
import {
  createProxyFake,
  createUpstreamFake,
  FUNCTIONS,
  officialFlow,
  runFlow,
} from '../record/upstream-fake.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function setUp(intervalMs = 20) {
  const dir = mkdtempSync(join(tmpdir(), 'yr-record-file-'))
  dirs.push(dir)
  const file = join(dir, 'flow.json')
  const proxy = createProxyFake(createUpstreamFake())
  const lines: string[] = []
  const log = {
    info: (line: string) => lines.push(`info ${line}`),
    warn: (line: string) => lines.push(`warn ${line}`),
    error: (line: string) => lines.push(`error ${line}`),
  }
  const recorder = new RecordingFile(proxy.engine, file, { intervalMs, log })
  const send = (steps = officialFlow('f')) => runFlow((request) => proxy.fetch(request), steps)
  return { dir, file, proxy, recorder, lines, send }
}

function rulesIn(file: string): number {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { rules: unknown[] }).rules.length
  } catch {
    return -1
  }
}

async function waitFor(check: () => boolean): Promise<void> {
  for (let tries = 0; tries < 1000 && !check(); tries++)
    await new Promise((resolve) => setTimeout(resolve, 10))
  expect(check()).toBe(true)
}

describe('RecordingFile', () => {
  it('rewrites the file as exchanges come, with what /__admin/recording/stop would give', async () => {
    const { file, recorder, send } = setUp()
    await send()
    await waitFor(() => rulesIn(file) === 10)
    const expected = await recorder.recording.toFixture({ name: 'flow' })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(expected)))
    expect(await recorder.finish()).toBe(true)
  })

  it('writes an empty recording on finish, and says what it wrote', async () => {
    const { file, recorder, lines } = setUp()
    expect(existsSync(file)).toBe(false)
    expect(await recorder.finish()).toBe(true)
    expect(rulesIn(file)).toBe(0)
    expect(lines).toEqual([`info recording: wrote ${file}: 0 exchanges (0 bytes)`])
  })

  it('says a failed write once, and finish reports that the file is behind', async () => {
    const { file, recorder, lines, send } = setUp()
    await send(officialFlow('f').slice(0, 1))
    await waitFor(() => rulesIn(file) === 1)
    // The path becomes a directory: every write now fails.
    rmSync(file)
    mkdirSync(file)
    await send(officialFlow('f').slice(0, 2))
    await send(officialFlow('f').slice(0, 2))
    await waitFor(() => recorder.failure !== undefined)
    expect(await recorder.finish()).toBe(false)
    expect(recorder.failure).toBe(
      `could not write ${file}: it is a directory; the file as it was before (if any) is unchanged`,
    )
    const errors = lines.filter((line) => line.startsWith('error'))
    expect(errors).toEqual([`error recording: ${recorder.failure}`])
    expect(lines.at(-1)).toMatch(
      new RegExp(
        `^info recording: ${file} holds 1 of the 5 exchanges \\(\\d+ bytes\\) recorded: the last write failed$`,
      ),
    )
  })

  it('writes again once the cause is gone', async () => {
    const { file, recorder, lines, send } = setUp()
    mkdirSync(file)
    await send(officialFlow('f').slice(0, 1))
    await waitFor(() => recorder.failure !== undefined)
    rmSync(file, { recursive: true })
    await send(officialFlow('f').slice(0, 1))
    // the line is logged just after the rename that makes the file whole: wait for both
    await waitFor(() => rulesIn(file) === 2 && lines.includes(`info recording: ${file} written again`))
    expect(lines).toContain(`info recording: ${file} written again`)
    expect(await recorder.finish()).toBe(true)
  })

  it('writes what was read so far, synchronously, when the process exits another way', async () => {
    const { file, recorder, send } = setUp(60_000)
    await send(officialFlow('f').slice(0, 3))
    await recorder.recording.exchanges()
    expect(existsSync(file)).toBe(false)
    expect(recorder.finishSync()).toBe(true)
    expect(rulesIn(file)).toBe(3)
    expect(recorder.recording.active).toBe(false)
  })

  it('says the first exchange skipped for each reason at once, and the totals at the end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yr-record-file-'))
    dirs.push(dir)
    const file = join(dir, 'tiny.json')
    const proxy = createProxyFake(createUpstreamFake())
    const lines: string[] = []
    const log = {
      info: (line: string) => lines.push(line),
      warn: (line: string) => lines.push(line),
      error() {},
    }
    const recorder = new RecordingFile(proxy.engine, file, { maxBytes: 10, log })
    const list = () =>
      new Request(`http://fake.test${FUNCTIONS}?pageSize=10`, { headers: { 'x-tenant-id': 'rec' } })
    await (await proxy.fetch(list())).text()
    await (await proxy.fetch(list())).text()
    await recorder.recording.exchanges()
    expect(lines).toEqual([
      "recording: an exchange did not fit whole in the recording's 10 bytes: skipped, not cut (--record-max-bytes raises it)",
    ])
    expect(await recorder.finish()).toBe(true)
    expect(lines.at(-1)).toBe(`recording: wrote ${file}: 0 exchanges (0 bytes); skipped 2 (2 budget)`)
  })
})
