/**
 * The code blocks of the README and the guides, each with what the docs test does with it. A block
 * may declare its setup in an HTML comment on the line before its fence (decisions/0030):
 *
 *   <!-- docs-test: server -->            a shell block against the shared fake (its 31182 is that port);
 *                                         `server expect-errors` when it shows error answers on purpose
 *   <!-- docs-test: until-listening -->   a shell block that starts a fake: passes on its ready line
 *   <!-- docs-test: in-order -->          a shell block run in document order with the other in-order ones;
 *                                         `in-order until-listening` starts a fake that the next block talks
 *                                         to (its 31182), then Ctrl-C
 *   <!-- docs-test: real-server -->       the same, with the real meta_service on :31190 (frontend :31191)
 *   <!-- docs-test: file <path> -->       written into the sandbox project, for the blocks after it
 *   <!-- docs-test: vitest -->            a Vitest test file, run in the sandbox project
 *   <!-- docs-test: commonjs-types -->    type-checked as a CommonJS TypeScript file (module node16)
 *   <!-- docs-test: skip (why) -->        not run; the reason is listed in the test output
 */
import { readFileSync } from 'node:fs'

export type BlockKind =
  | 'shell'
  | 'server'
  | 'until-listening'
  | 'real-server'
  | 'in-order'
  | 'file'
  | 'module'
  | 'vitest'
  | 'commonjs-types'
  | 'pytest'
  | 'go'
  | 'json'
  | 'scenario'
  | 'copied'
  | 'output'
  | 'skip'
  | 'invalid'

export interface DocBlock {
  /** `docs/cli.md:42`: the file and the line of the opening fence. */
  readonly where: string
  readonly file: string
  readonly line: number
  readonly lang: string
  readonly body: string
  readonly kind: BlockKind
  /**
   * The path of a `file` block, the source of a `copied` one, the reason of a `skip` or `invalid`,
   * `until-listening` or nothing for `real-server` and `in-order`.
   */
  readonly argument: string
}

const DIRECTIVE = /^<!-- docs-test: ([a-z-]+)(?: (.*?))? -->$/
const FENCE = /^```([a-z]*)\s*$/
/** A block copied from a file CI runs names it on its first line: `// from go/example_test.go`. */
const COPIED = /^(?:\/\/|#) (?:from )?((?:test|python|go|examples)\/\S+)\n/
const DEFAULT_KIND: Record<string, BlockKind> = {
  sh: 'shell',
  bash: 'shell',
  ts: 'module',
  js: 'module',
  python: 'pytest',
  go: 'go',
  json: 'json',
  text: 'output',
}

/** Every fenced block of `file` (a path relative to `root`), in order. */
export function readDocBlocks(root: string, file: string): DocBlock[] {
  const lines = readFileSync(`${root}/${file}`, 'utf8').split('\n')
  const blocks: DocBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const fence = FENCE.exec(lines[i] ?? '')
    if (!fence) continue
    const end = lines.findIndex((text, j) => j > i && text.startsWith('```'))
    if (end < 0) throw new Error(`${file}:${i + 1}: a code block that never closes`)
    const body = `${lines.slice(i + 1, end).join('\n')}\n`
    const directive = DIRECTIVE.exec(lines[i - 1] ?? '')
    blocks.push({
      file,
      line: i + 1,
      where: `${file}:${i + 1}`,
      lang: fence[1] ?? '',
      body,
      ...classify(fence[1] ?? '', body, directive),
    })
    i = end
  }
  return blocks
}

function classify(
  lang: string,
  body: string,
  directive: RegExpExecArray | null,
): { kind: BlockKind; argument: string } {
  if (directive) return fromDirective(directive[1] ?? '', directive[2] ?? '')
  const copied = COPIED.exec(body)
  if (copied) return { kind: 'copied', argument: copied[1] ?? '' }
  const kind = DEFAULT_KIND[lang]
  if (kind) return { kind, argument: '' }
  return {
    kind: 'invalid',
    argument: `no runner for a \`${lang || 'plain'}\` block: give it a docs-test directive`,
  }
}

const KINDS_WITH_DIRECTIVE = new Set<BlockKind>([
  'commonjs-types',
  'server',
  'until-listening',
  'real-server',
  'in-order',
  'file',
  'vitest',
  'scenario',
  'skip',
])

function fromDirective(name: string, argument: string): { kind: BlockKind; argument: string } {
  if (!KINDS_WITH_DIRECTIVE.has(name as BlockKind)) {
    return {
      kind: 'invalid',
      argument: `unknown docs-test directive "${name}" (known: ${[...KINDS_WITH_DIRECTIVE].join(', ')})`,
    }
  }
  if (name === 'skip' && !/^\(.+\)$/.test(argument)) {
    return { kind: 'invalid', argument: 'a skip must say why: <!-- docs-test: skip (the reason) -->' }
  }
  if ((name === 'real-server' || name === 'in-order') && argument !== '' && argument !== 'until-listening') {
    return { kind: 'invalid', argument: `${name} takes nothing or until-listening, not "${argument}"` }
  }
  if (name === 'file' && !/^[\w./-]+$/.test(argument)) {
    return {
      kind: 'invalid',
      argument: 'a file block names its path: <!-- docs-test: file tests/setup.ts -->',
    }
  }
  return { kind: name as BlockKind, argument: name === 'skip' ? argument.slice(1, -1) : argument }
}
