import { describe, expect, it } from 'vitest'
import { CliUsageError, parseCliArgs } from '../../src/node/cli-args.js'

describe('--proxy, --record, --redact', () => {
  it('reads the upstream, the file and the redacted headers', () => {
    const command = parseCliArgs([
      '--proxy',
      'http://127.0.0.1:31190',
      '--record',
      'flow.json',
      '--redact',
      'x-auth, x-token',
    ])
    expect(command).toMatchObject({
      proxy: 'http://127.0.0.1:31190',
      record: 'flow.json',
      redact: ['x-auth', 'x-token'],
    })
    expect(parseCliArgs(['--proxy', 'http://h:1', '--redact', 'none'])).toMatchObject({ redact: [] })
    expect(parseCliArgs([])).toMatchObject({ proxy: undefined, record: undefined, redact: undefined })
  })

  it('refuses a recording with nothing to record, and a proxy that is not a URL', () => {
    expect(() => parseCliArgs(['--record', 'flow.json'])).toThrow(CliUsageError)
    expect(() => parseCliArgs(['--proxy', '127.0.0.1:31190'])).toThrow(/http/)
  })

  it('reads --record-max-bytes (64 MiB by default), and refuses it without --record or past 256 MiB', () => {
    const recording = ['--proxy', 'http://h:1', '--record', 'flow.json']
    expect(parseCliArgs(recording)).toMatchObject({ recordMaxBytes: 64 * 1024 * 1024 })
    expect(parseCliArgs([...recording, '--record-max-bytes', '1000'])).toMatchObject({ recordMaxBytes: 1000 })
    expect(() => parseCliArgs(['--proxy', 'http://h:1', '--record-max-bytes', '1000'])).toThrow(
      '--record-max-bytes bounds what --record keeps: give --record <file> too',
    )
    expect(() => parseCliArgs([...recording, '--record-max-bytes', String(256 * 1024 * 1024 + 1)])).toThrow(
      `--record-max-bytes takes a whole number from 0 to ${256 * 1024 * 1024}`,
    )
  })
})
