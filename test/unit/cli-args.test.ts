import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/node/cli-args.js'

describe('the command line', () => {
  it('has the real server’s defaults', () => {
    expect(parseCliArgs([])).toMatchObject({
      kind: 'serve',
      port: 31182,
      host: '127.0.0.1',
      cors: false,
      logLevel: 'info',
      adminToken: undefined,
      config: { bodyLimit: 1048576 },
      journalBytes: 64 * 1024 * 1024,
    })
  })

  it('reads the safety flags', () => {
    expect(
      parseCliArgs(['--cors', '--admin-token', 't', '--body-limit', '10', '--log-level', 'error']),
    ).toMatchObject({
      cors: true,
      adminToken: 't',
      config: { bodyLimit: 10 },
      logLevel: 'error',
    })
    expect(parseCliArgs(['--cors-origin', 'http://app.test'])).toMatchObject({ cors: 'http://app.test' })
    expect(parseCliArgs(['--journal-bytes', '4096'])).toMatchObject({ journalBytes: 4096 })
  })

  it('refuses a bad log level or body limit with a clear message', () => {
    expect(() => parseCliArgs(['--log-level', 'loud'])).toThrow(
      '--log-level takes one of silent, error, warn, info, not "loud"',
    )
    expect(() => parseCliArgs(['--body-limit', 'lots'])).toThrow(
      '--body-limit takes a whole number from 0 to 2147483648, not "lots"',
    )
    expect(() => parseCliArgs(['--journal-bytes', '1e9'])).toThrow(
      '--journal-bytes takes a whole number from 0 to 1099511627776, not "1e9"',
    )
  })
})
