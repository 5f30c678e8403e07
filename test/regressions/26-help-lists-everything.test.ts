import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { USAGE } from '../../src/node/cli-args.js'

// Issue 26: the synopsis and --help left out the subcommands (import, verify), the proxy and
// record forms and YR_META_MOCK_ADMIN_TOKEN; the README's synopsis (now docs/cli.md's) did too.

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

describe("docs/cli.md's synopsis and tables", () => {
  const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8')
  const start = doc.indexOf('```text\n') + '```text\n'.length
  const synopsis = doc.slice(start, doc.indexOf('```', start))
  const tables = doc.slice(doc.indexOf('| flag'))
  const flagsOf = (text: string) => new Set(text.match(/--[a-z][a-z-]*[a-z]/g))

  it.each([...flagsOf(USAGE)].filter((flag) => !['--help', '--version'].includes(flag)))(
    'name %s, as --help does',
    (flag) => {
      expect(flagsOf(synopsis)).toContain(flag)
      expect(flagsOf(tables)).toContain(flag)
    },
  )
})
