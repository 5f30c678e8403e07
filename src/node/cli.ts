#!/usr/bin/env node
import { createRequire } from 'node:module'
import { FixtureLoadError } from '../engine/baseline.js'
import { ScenarioError } from '../scenarios/scenario-error.js'
import { UnknownScenarioError } from '../scenarios/scenario-set.js'
import { CliUsageError, parseCliArgs, USAGE } from './cli-args.js'
import { compactAfterBuild } from './compact-memory.js'
import { loadScenarios } from './load-scenarios.js'
import { PortInUseError, type RunningServer, startServer } from './start-server.js'
import { watchScenarios } from './watch-scenarios.js'

/** The one request form of `/__admin/requests/{find,count}`, as the README shows it. */
const FILTER_EXAMPLE = '{"method":"DELETE","path":"/serverless/v1/functions/*"}'

const packageJson = createRequire(import.meta.url)('../../package.json') as { version: string }

/** The banner's route list, from the service's own routes; `/admin/v1` repeats `/serverless/v1`. */
function toBannerRoutes(routes: readonly string[]): string[] {
  return [
    ...routes.filter((route) => !route.includes('/admin/v1/')),
    '(the function routes are served under /admin/v1 too, as the frontend proxy exposes them)',
  ]
}

async function main(args: readonly string[]): Promise<number> {
  const command = parseCliArgs(args)
  if (command.kind === 'help') return print(USAGE)
  if (command.kind === 'version') return print(packageJson.version)
  const scenarios = command.fixtures === undefined ? [] : loadScenarios(command.fixtures)
  const server = await startServer({ ...command, scenarios, fastResponses: true })
  compactAfterBuild(server.service.engine.defaultState.store.recordCount)
  print(`yr-meta-mock ${packageJson.version} listening on ${server.url}`)
  // A token given (option or environment) is never echoed: logs keep what a terminal shows.
  if (server.adminTokenGenerated) {
    print(`/__admin needs "Authorization: Bearer ${server.adminToken}" (listening beyond loopback)`)
  } else if (server.adminToken !== undefined) print('/__admin needs the admin token you gave')
  print(`seed ${command.seed}, ${command.functions} generated functions; routes:`)
  for (const route of toBannerRoutes(server.service.routes)) print(`  ${route}`)
  print(
    `check what was sent: POST /__admin/requests/count ${FILTER_EXAMPLE} (the filter itself; ?session=<id> for a session)`,
  )
  if (command.fixtures !== undefined) {
    const names = scenarios.map((scenario) => scenario.name).join(', ') || '(none)'
    print(
      `scenarios from ${command.fixtures}: ${names}; active: ${command.scenario ?? '(none)'}; watching for changes`,
    )
    const stopWatching = watchScenarios(command.fixtures, server.service.engine, (line) => print(line))
    process.once('exit', stopWatching)
  }
  stopOnSignals(server)
  return 0
}

function print(line: string): number {
  process.stdout.write(`${line}\n`)
  return 0
}

/**
 * The first SIGINT or SIGTERM stops gracefully: no new connections, requests in flight finish
 * (2 s at most). A second one stops at once.
 */
function stopOnSignals(server: RunningServer): void {
  const report = (line: string) => process.stderr.write(`yr-meta-mock: ${line}\n`)
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) {
      report(`${signal} received again, stopping now`)
      process.exit(130)
    }
    stopping = true
    report(`${signal} received, finishing requests in flight (send it again to stop at once)`)
    server.close({ report }).then(
      () => {
        report('stopped')
        process.exit(0)
      },
      () => process.exit(1),
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exitCode = code
  },
  (error: unknown) => {
    const known =
      error instanceof CliUsageError ||
      error instanceof PortInUseError ||
      error instanceof ScenarioError ||
      error instanceof FixtureLoadError ||
      error instanceof UnknownScenarioError
    process.stderr.write(`yr-meta-mock: ${known ? (error as Error).message : String(error)}\n`)
    process.exitCode = known && error instanceof CliUsageError ? 2 : 1
  },
)
