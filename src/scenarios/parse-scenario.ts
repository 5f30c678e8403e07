import type { z } from 'zod'
import { decodeGoJsonDocument, GoJsonSyntaxError } from '../go/decode-json.js'
import { type JsonNode, toPlainJson } from '../go/json-node.js'
import { ScenarioError, type ScenarioProblem } from './scenario-error.js'
import { type Scenario, scenarioSchemas } from './scenario-schema.js'

/** The largest fixture file accepted; a bigger one is refused before it is parsed. */
export const MAX_FIXTURE_BYTES = 8 * 1024 * 1024

/** How deep a fixture may nest; a scenario needs a handful of levels, so deeper is refused. */
export const MAX_FIXTURE_DEPTH = 64

/**
 * Parses and validates a scenario file's text. Every mistake is reported together (data after the
 * JSON value, a key given twice, each schema violation), each with the file, line, column and JSON
 * pointer and what was expected; only a syntax error stops the reading where it is.
 * @example parseScenarioText(text, 'fixtures/flaky.json', 'flaky')
 */
export function parseScenarioText(text: string, source: string, defaultName: string): Scenario {
  if (text.length > MAX_FIXTURE_BYTES) {
    throw new ScenarioError({ source, pointer: '' }, `a fixture of at most ${MAX_FIXTURE_BYTES} bytes`)
  }
  const { root, trailingData } = decodeFixture(text, source)
  const trailing: ScenarioProblem[] = trailingData
    ? [
        {
          place: { source, pointer: '', ...toLineColumn(text, trailingData.offset) },
          expected: `nothing after the JSON value (${trailingData.message})`,
        },
      ]
    : []
  const problems = [...trailing, ...findDuplicateKeys(root, text, source)]
  return validate(toPlainJson(root), source, defaultName, (path) => locate(text, root, path), problems)
}

/** Validates a scenario given as a value (in code); one already named keeps its name. */
export function parseScenario(value: unknown, source: string): Scenario {
  // A scenario read from a file and passed on in code keeps naming its file.
  const known = typeof value === 'object' && value !== null ? sources.get(value) : undefined
  return validate(value, known ?? source, source, () => ({}))
}

/** Where each validated scenario came from (its file, or `scenarios[i]` in code), for messages about its data. */
const sources = new WeakMap<object, string>()

/** The file (or place in code) a validated scenario came from. @example toScenarioSource(scenario) // 'fixtures/flaky.json' */
export function toScenarioSource(scenario: Scenario): string {
  return sources.get(scenario) ?? scenario.name
}

type Locate = (path: readonly PropertyKey[]) => { line?: number; column?: number }

function validate(
  value: unknown,
  source: string,
  defaultName: string,
  locate: Locate,
  found: readonly ScenarioProblem[] = [],
): Scenario {
  const result = scenarioSchemas().scenarioSchema.safeParse(value)
  const schemaProblems = result.success
    ? []
    : result.error.issues.map((issue) => ({
        place: { source, pointer: toPointer(issue.path), ...locate(issue.path) },
        expected: describeIssue(issue),
      }))
  const problems = [...found, ...schemaProblems]
  if (problems.length > 0 || !result.success) throw ScenarioError.of(problems)
  const scenario = { ...result.data, name: result.data.name ?? defaultName }
  sources.set(scenario, source)
  return scenario
}

function decodeFixture(text: string, source: string): ReturnType<typeof decodeGoJsonDocument> {
  try {
    return decodeGoJsonDocument(text, MAX_FIXTURE_DEPTH)
  } catch (error) {
    if (!(error instanceof GoJsonSyntaxError)) throw error
    const { line, column } = toLineColumn(text, error.offset)
    throw new ScenarioError({ source, pointer: '', line, column }, `valid JSON (${error.message})`)
  }
}

/** Every key an object gives twice (JSON allows it, and the last would silently win). */
function findDuplicateKeys(root: JsonNode, text: string, source: string): ScenarioProblem[] {
  const problems: ScenarioProblem[] = []
  const visit = (node: JsonNode, path: readonly string[]) => {
    if (node.kind === 'array')
      for (const [index, item] of node.items.entries()) visit(item, [...path, String(index)])
    if (node.kind !== 'object') return
    const firstAt = new Map<string, number>()
    for (const [key, value] of node.entries) {
      const first = firstAt.get(key)
      if (first === undefined) firstAt.set(key, value.at ?? 0)
      else
        problems.push({
          place: { source, pointer: toPointer([...path, key]), ...toLineColumn(text, value.at ?? 0) },
          expected: `"${key}" only once (it is also at line ${toLineColumn(text, first).line})`,
        })
      visit(value, [...path, key])
    }
  }
  visit(root, [])
  return problems
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
