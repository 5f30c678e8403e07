/**
 * What the README and the guides show being taken from the package: the names in their `import`,
 * `export … from` and `require` of `yr-meta-mock[/subpath]` (code blocks and inline code), the names prose gives as
 * "`name(…)` from `yr-meta-mock/subpath`", and every `yr-meta-mock/<file>` subpath prose names.
 */

export interface DocImport {
  /** `README.md:71`: the file and the line the import is on. */
  readonly where: string
  readonly specifier: string
  readonly name: string
  /** `type`: only the types need it (`import type`, `type X`); `require`: read under CommonJS. */
  readonly form: 'value' | 'type' | 'require'
}

export interface DocSubpath {
  readonly where: string
  readonly specifier: string
}

const PACKAGE = String.raw`yr-meta-mock(?:/[\w.-]+)?`
const IMPORT = new RegExp(String.raw`\b(import|export)\s+(type\s+)?\{([^}]*)\}\s*from\s*'(${PACKAGE})'`, 'g')
const REQUIRE_BRACES = new RegExp(String.raw`\{([^}]*)\}\s*=\s*require\('(${PACKAGE})'\)`, 'g')
const REQUIRE_MEMBER = new RegExp(String.raw`require\('(${PACKAGE})'\)\.(\w+)`, 'g')
const PROSE_NAME = new RegExp(String.raw`\x60(\w+)[^\x60]*\x60\s+from\s+\x60(${PACKAGE})\x60`, 'g')
const PROSE_SUBPATH = /`(yr-meta-mock\/[\w.-]+)`/g
const FENCE = /^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm

/** `{ a, type B, c as d }` → its names, each with whether only its type is taken. */
function namesIn(braces: string): { name: string; isType: boolean }[] {
  return braces
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && !part.startsWith('//'))
    .map((part) => {
      const isType = part.startsWith('type ')
      const name = (isType ? part.slice(5) : part).trim().split(/\s+as\s+|\s*:\s*/)[0] ?? ''
      return { name, isType }
    })
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length

/** Every name `file`'s text shows being imported from the package. */
export function findDocImports(file: string, text: string): DocImport[] {
  const found: DocImport[] = []
  const add = (index: number, specifier: string, name: string, form: DocImport['form']) =>
    found.push({ where: `${file}:${lineOf(text, index)}`, specifier, name, form })
  // Over the whole text: an import in inline code (`import type { … } from 'yr-meta-mock'`) counts too.
  for (const match of text.matchAll(IMPORT)) {
    for (const { name, isType } of namesIn(match[3] ?? '')) {
      add(match.index, match[4] ?? '', name, match[2] || isType ? 'type' : 'value')
    }
  }
  for (const match of text.matchAll(REQUIRE_BRACES)) {
    for (const { name } of namesIn(match[1] ?? '')) add(match.index, match[2] ?? '', name, 'require')
  }
  for (const match of text.matchAll(REQUIRE_MEMBER))
    add(match.index, match[1] ?? '', match[2] ?? '', 'require')
  const prose = text.replace(FENCE, (block) => block.replace(/[^\n]/g, ' ')) // keeps the line numbers
  for (const match of prose.replace(/\n(?!\n)/g, ' ').matchAll(PROSE_NAME)) {
    add(match.index, match[2] ?? '', match[1] ?? '', 'value')
  }
  return found
}

/** Every `yr-meta-mock/<subpath>` prose names (the JSON documents, the faces). */
export function findDocSubpaths(file: string, text: string): DocSubpath[] {
  const prose = text.replace(FENCE, (block) => block.replace(/[^\n]/g, ' '))
  return [...prose.matchAll(PROSE_SUBPATH)].map((match) => ({
    where: `${file}:${lineOf(prose, match.index)}`,
    specifier: match[1] ?? '',
  }))
}
