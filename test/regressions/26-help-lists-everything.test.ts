import { describe, expect, it } from 'vitest'
import { USAGE } from '../../src/node/cli-args.js'

// Issue 26: the synopsis and --help left out the subcommands (import, verify), the proxy and
// record forms and YR_META_MOCK_ADMIN_TOKEN.

describe('--help', () => {
  const synopsis = USAGE.slice(0, USAGE.indexOf('\n\n'))

  it('shows every form of the command in its synopsis', () => {
    for (const form of [
      'yr-meta-mock [options]',
      'yr-meta-mock --proxy <url> [--record <file>]',
      'yr-meta-mock import --from <url> --tenant <id> --out <file>',
      'yr-meta-mock verify --against <url> [--against-admin <url>] <file>...',
    ])
      expect(synopsis).toContain(form)
  })

  it('lists --proxy, --record, --redact, the subcommands and YR_META_MOCK_ADMIN_TOKEN', () => {
    for (const text of [
      '--proxy <url>',
      '--record <file>',
      '--redact <names>',
      'Subcommands',
      'Environment:',
    ])
      expect(USAGE).toContain(text)
    expect(USAGE).toMatch(/^ {2}YR_META_MOCK_ADMIN_TOKEN {2}the admin token/m)
  })
})
