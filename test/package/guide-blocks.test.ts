// The guides' code blocks that say where they come from (`# from <file>` or `// from <file>` as their
// first line) are copied from files that CI runs: each must still be in that file, word for word.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url)
const GUIDES = ['docs/pytest.md', 'docs/go.md']

const blocks = GUIDES.flatMap((guide) =>
  [
    ...readFileSync(new URL(guide, root), 'utf8').matchAll(
      /```[a-z]*\n(?:#|\/\/) from (\S+)\n([\s\S]*?)```/g,
    ),
  ].map(([, source, body]) => [guide, source as string, body as string] as const),
)

describe("the guides' copied blocks", () => {
  it('exist in every guide', () => {
    expect(new Set(blocks.map(([guide]) => guide))).toEqual(new Set(GUIDES))
  })

  it.each(blocks)('%s: the block from %s is in that file as written', (_, source, body) => {
    expect(readFileSync(new URL(source, root), 'utf8')).toContain(body)
  })
})
