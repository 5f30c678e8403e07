// The directives of decision 0030 as the docs test reads them: what each block becomes, and the
// answer a block gets for a directive it cannot have.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { readDocBlocks } from './doc-blocks.js'

const dir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-doc-blocks-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function blocksOf(markdown: string) {
  writeFileSync(join(dir, 'guide.md'), markdown)
  return readDocBlocks(dir, 'guide.md').map(({ kind, argument }) => ({ kind, argument }))
}

const fenced = (directive: string) => `<!-- docs-test: ${directive} -->\n\`\`\`sh\necho hi\n\`\`\`\n`

it('reads in-order and real-server blocks, with or without until-listening', () => {
  const directives = ['in-order', 'in-order until-listening', 'real-server', 'real-server until-listening']
  expect(blocksOf(directives.map(fenced).join('\n'))).toEqual([
    { kind: 'in-order', argument: '' },
    { kind: 'in-order', argument: 'until-listening' },
    { kind: 'real-server', argument: '' },
    { kind: 'real-server', argument: 'until-listening' },
  ])
})

it('fails a real-server or in-order block whose argument is not until-listening, naming what it takes', () => {
  expect(blocksOf([fenced('real-server on 31190'), fenced('in-order later')].join('\n'))).toEqual([
    { kind: 'invalid', argument: 'real-server takes nothing or until-listening, not "on 31190"' },
    { kind: 'invalid', argument: 'in-order takes nothing or until-listening, not "later"' },
  ])
})
