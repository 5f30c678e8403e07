// The README and the guides link to each other and into the repository: every relative link names a
// file that exists, and every `#anchor` a heading of that file, so a moved section cannot leave a dead link.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
]

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as dashes. */
function anchorsOf(file: string): Set<string> {
  const headings = readFileSync(join(ROOT, file), 'utf8').match(/^#+ .*$/gm) ?? []
  return new Set(
    headings.map((line) =>
      line
        .replace(/^#+ /, '')
        .toLowerCase()
        .replace(/[^\w\- ]/g, '')
        .replace(/ /g, '-'),
    ),
  )
}

function linksOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '')
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] as string)
    .filter((link) => !/^[a-z]+:/.test(link))
}

describe('links in the README and docs/', () => {
  it.each(DOCS)('%s: every relative link and anchor exists', (file) => {
    const dead = linksOf(file).filter((link) => {
      const [path, anchor] = link.split('#') as [string, string | undefined]
      const target = path === '' ? file : normalize(join(dirname(file), path))
      if (!existsSync(join(ROOT, target))) return true
      return anchor !== undefined && target.endsWith('.md') && !anchorsOf(target).has(anchor)
    })
    expect(dead, `${file} links to what does not exist`).toEqual([])
  })
})
