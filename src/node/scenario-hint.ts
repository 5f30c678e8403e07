import { existsSync, readdirSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CliUsageError } from './cli-args.js'

/**
 * `--scenario` without `--fixtures` has nothing to pick from ("known scenarios: (none loaded)"):
 * say so, where the package's own scenario files are, and the command that loads them.
 */
export function toScenarioWithoutFixturesError(scenario: string): CliUsageError {
  const shipped = findShippedFixtures()
  const names = shipped === undefined ? [] : listScenarioNames(shipped)
  const where =
    shipped === undefined
      ? ''
      : ` The package ships scenario files in ${shipped} (${names.join(', ')})` +
        (names.includes(scenario)
          ? `; to start with this one: --fixtures ${shipped} --scenario ${scenario}`
          : '.')
  return new CliUsageError(
    `--scenario ${scenario} picks one of the scenarios loaded with --fixtures <file or folder>, and none is loaded.${where}`,
  )
}

/** The package's `fixtures/` folder, said relative to here when that is shorter; none inside a single executable. */
function findShippedFixtures(): string | undefined {
  let folder: string
  try {
    folder = fileURLToPath(new URL('../../fixtures', import.meta.url))
  } catch {
    return undefined
  }
  if (!existsSync(folder)) return undefined
  const near = relative(process.cwd(), folder) || '.'
  return near.length < folder.length ? near : folder
}

function listScenarioNames(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort()
}
