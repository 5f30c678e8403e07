import type { z } from 'zod'
import { decodeGoJson, GoJsonSyntaxError } from '../go/decode-json.js'
import { type JsonNode, toPlainJson } from '../go/json-node.js'
import { ScenarioError } from './scenario-error.js'
import { type Scenario, scenarioSchema } from './scenario-schema.js'

/** The largest fixture file accepted; a bigger one is refused before it is parsed. */
export const MAX_FIXTURE_BYTES = 8 * 1024 * 1024

/** How deep a fixture may nest; a scenario needs a handful of levels, so deeper is refused. */
export const MAX_FIXTURE_DEPTH = 64

/**
 * Parses and validates a scenario file's text. Errors name the file, the JSON pointer, the line
 * and column, and what was expected.
 * @example parseScenarioText(text, 'fixtures/flaky.json', 'flaky')
 */
export function parseScenarioText(text: string, source: string, defaultName: string): Scenario {
  if (text.length > MAX_FIXTURE_BYTES) {
    throw new ScenarioError({ source, pointer: '' }, `a fixture of at most ${MAX_FIXTURE_BYTES} bytes`)
  }
  const root = decodeFixture(text, source)
  return validate(toPlainJson(root), source, defaultName, (path) => locate(text, root, path))
}

/** Validates a scenario given as a value (in code); one already named keeps its name. */
export function parseScenario(value: unknown, source: string): Scenario {
  return validate(value, source, source, () => ({}))
}

type Locate = (path: readonly PropertyKey[]) => { line?: number; column?: number }

function validate(value: unknown, source: string, defaultName: string, locate: Locate): Scenario {
  const result = scenarioSchema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0] as z.core.$ZodIssue
    throw new ScenarioError(
      { source, pointer: toPointer(issue.path), ...locate(issue.path) },
      describeIssue(issue),
    )
  }
  return { ...result.data, name: result.data.name ?? defaultName }
}

function decodeFixture(text: string, source: string): JsonNode {
  try {
    return decodeGoJson(text, MAX_FIXTURE_DEPTH)
  } catch (error) {
    if (!(error instanceof GoJsonSyntaxError)) throw error
    const { line, column } = toLineColumn(text, error.offset)
    throw new ScenarioError({ source, pointer: '', line, column }, `valid JSON (${error.message})`)
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `no ${issue.keys.map((key) => `"${key}"`).join(', ')} here (a typo?)`
  if (issue.code === 'invalid_union') return 'one of the documented forms (see the JSON Schema)'
  return issue.message.replace(/^Invalid input: /, '')
}

function toPointer(path: readonly PropertyKey[]): string {
  return path.map((part) => `/${String(part).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')
}

/** The line of the deepest node on `path` that exists. */
function locate(text: string, root: JsonNode, path: readonly PropertyKey[]) {
  let node = root
  for (const part of path) {
    const next = childOf(node, part)
    if (!next) break
    node = next
  }
  return toLineColumn(text, node.at ?? 0)
}

function childOf(node: JsonNode, part: PropertyKey): JsonNode | undefined {
  if (node.kind === 'object') return node.entries.findLast(([key]) => key === String(part))?.[1]
  if (node.kind === 'array') return node.items[Number(part)]
  return undefined
}

function toLineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}
