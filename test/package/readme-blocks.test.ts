import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const root = new URL('../../', import.meta.url)
const readme = readFileSync(new URL('README.md', root), 'utf8')

/** Code blocks of the README whose first line names a consumer file: `// test/consumers/…`. */
const blocks = [...readme.matchAll(/```[a-z]*\n\/\/ (test\/consumers\/\S+)\n([\s\S]*?)```/g)].map(
  ([, path, body]) => [path as string, body as string] as const,
)

describe("the README's setup blocks", () => {
  it('name every consumer project', () => {
    const projects = new Set(blocks.map(([path]) => path.split('/')[2]))
    expect(projects).toEqual(new Set(['vitest-msw', 'vitest-server', 'jest-esm', 'jest-cjs', 'jest-ts-jest']))
  })

  it.each(blocks)('%s matches the consumer project CI runs', (path, body) => {
    expect(body).toBe(readFileSync(new URL(path, root), 'utf8'))
  })
})
