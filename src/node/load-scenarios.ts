import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { basename, join, relative, sep } from 'node:path'
import { MAX_FIXTURE_BYTES, parseScenarioText } from '../scenarios/parse-scenario.js'
import { ScenarioError } from '../scenarios/scenario-error.js'
import type { Scenario } from '../scenarios/scenario-schema.js'

/**
 * Reads scenario files: one `.json` file, or every `.json` file of a directory (not its
 * subdirectories), in name order. Files must stay inside the directory (no links out of it).
 * Throws a `ScenarioError` naming the file, the place and what was expected.
 * @example createMetaService({ scenarios: loadScenarios('fixtures') })
 */
export function loadScenarios(path: string): Scenario[] {
  const files = toScenarioFiles(path)
  const scenarios: Scenario[] = []
  const seen = new Map<string, string>()
  for (const file of files) {
    const scenario = readScenarioFile(file)
    const other = seen.get(scenario.name)
    if (other !== undefined) {
      throw new ScenarioError(
        { source: file, pointer: '/name' },
        `a scenario name not already used by ${other}`,
      )
    }
    seen.set(scenario.name, file)
    scenarios.push(scenario)
  }
  return scenarios
}

function toScenarioFiles(path: string): string[] {
  const stats = statOrThrow(path)
  if (!stats.isDirectory()) return [path]
  const root = realpathSync(path)
  return readdirSync(path)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(path, name))
    .filter((file) => statSync(file).isFile() && isInside(root, realpathSync(file)))
}

function readScenarioFile(file: string): Scenario {
  const size = statOrThrow(file).size
  if (size > MAX_FIXTURE_BYTES) {
    throw new ScenarioError(
      { source: file, pointer: '' },
      `a fixture of at most ${MAX_FIXTURE_BYTES} bytes, not ${size}`,
    )
  }
  return parseScenarioText(readFileSync(file, 'utf8'), file, basename(file, '.json'))
}

function statOrThrow(path: string) {
  try {
    return statSync(path)
  } catch {
    throw new ScenarioError({ source: path, pointer: '' }, 'a readable scenario file or directory')
  }
}

/** A file reached through a link that leaves the fixtures directory is skipped. */
function isInside(root: string, file: string): boolean {
  const path = relative(root, file)
  return path !== '' && !path.startsWith(`..${sep}`) && path !== '..'
}
