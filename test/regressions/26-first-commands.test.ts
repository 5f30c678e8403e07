import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readDocBlocks } from '../docs/doc-blocks.js'

// Issue 26: the README was 1,042 lines; its first commands failed on a fresh clone (`node
// scripts/build-binary.mjs` needs `npm ci` first, and said nothing), and its quick start ran `npm test`
// without saying that the suite needs Chromium. What the docs test cannot run (these blocks build
// the package or run the whole suite, and are skipped there) is checked here as text.

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs')).flatMap((name) => (name.endsWith('.md') ? [`docs/${name}`] : [])),
]
/** Commands that need the clone's dependencies installed. */
const NEEDS_INSTALL = /\bnpm (?:start|test|run build(?::release)?)\b|\bscripts\/build-binary\.mjs\b/

describe('the README', () => {
  it('is read in five minutes: 250 lines at most', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(250)
  })

  it('says in its quick start that npm test needs Chromium, and where it looks for it', () => {
    const quickStart = readme.slice(
      readme.indexOf('## Quick start'),
      readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1),
    )
    expect(quickStart).toContain('npm test')
    expect(quickStart).toMatch(/Chromium/)
    expect(quickStart).toContain('CHROMIUM_PATH')
  })
})

describe('a command that builds from a clone, in the README and the guides', () => {
  const blocks = DOCS.flatMap((file) => readDocBlocks(ROOT, file)).filter((block) => block.lang === 'sh')
  const building = blocks.filter((block) => NEEDS_INSTALL.test(block.body))

  it('is found (the build, release and start commands)', () => {
    expect(building.length).toBeGreaterThanOrEqual(3)
  })

  it.each(building.map((block) => [block.where, block]))(
    '%s installs the dependencies first',
    (_where, block) => {
      const body = (block as { body: string }).body
      const install = body.indexOf('npm ci')
      expect(install, 'npm ci').toBeGreaterThanOrEqual(0)
      expect(install).toBeLessThan(body.search(NEEDS_INSTALL))
    },
  )
})
