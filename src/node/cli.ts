#!/usr/bin/env node
import { FixtureLoadError } from '../engine/baseline.js'
import { createLogger, type Logger } from '../engine/logger.js'
import { DEFAULT_SESSION_LIMITS } from '../engine/session-pool.js'
import { ADMIN_ROUTES } from '../http/admin/admin-routes.js'
import { FUNCTION_PREFIXES } from '../http/create-app.js'
import { ScenarioError } from '../scenarios/scenario-error.js'
import { UnknownScenarioError } from '../scenarios/scenario-set.js'
import { toBannerLines, toReadyLine } from './banner.js'
import { CliUsageError, parseCliArgs, USAGE } from './cli-args.js'
import { compactAfterBuild } from './compact-memory.js'
import { loadScenarios } from './load-scenarios.js'
import { watchParent, watchStdin } from './parent-watch.js'
import { PortInUseError, type RunningServer, startServer } from './start-server.js'
import { resolveTls, TlsFileError } from './tls.js'
import { VERSION } from './version.js'
import { watchScenarios } from './watch-scenarios.js'

const FUNCTION_ROUTES = [
  'POST   {prefix}',
  'GET    {prefix}?name=&versionNumber=&pageIndex=&pageSize=',
  'GET    {prefix}/{name}?versionNumber=&qualifier=&kind=',
  'PUT    {prefix}/{name}',
  'DELETE {prefix}/{name}?versionNumber=',
  'POST   {prefix}/{name}/versions',
  'GET    {prefix}/{name}/versions?pageIndex=&pageSize=',
  'POST|PUT|DELETE|GET {prefix}/reserve-instance',
]
const ROUTES = [
  'GET    /healthz',
  ...FUNCTION_ROUTES.map((route) => route.replace('{prefix}', FUNCTION_PREFIXES[0])),
  `(the same under ${FUNCTION_PREFIXES[1]}, as the frontend proxy exposes them)`,
  ...ADMIN_ROUTES,
]

async function main(args: readonly string[]): Promise<number> {
  const startedBy = process.ppid
  const command = parseCliArgs(args)
  if (command.kind === 'help') return print(USAGE)
  if (command.kind === 'version') return print(VERSION)
  // Reload and shutdown lines are logs: stderr, at --log-level. stdout is the ready line and banner.
  const log = createLogger(command.logLevel)
  const scenarios = command.fixtures === undefined ? [] : loadScenarios(command.fixtures)
  const tls = command.tls === undefined ? undefined : resolveTls(command.tls, command.host)
  const server = await startServer({ ...command, tls: tls?.server, scenarios, fastResponses: true })
  compactAfterBuild(server.service.engine.context.store.recordCount)
  const facts = {
    version: VERSION,
    server,
    tls,
    tlsFlags: command.tls,
    tokenGiven: command.adminToken !== undefined,
    sessionsMax: DEFAULT_SESSION_LIMITS.max,
  }
  // Watching starts before the ready line: a starter may act on that line at once (even kill itself).
  const stop = stopOnce(server, log)
  process.once('SIGINT', () => stop('SIGINT received'))
  process.once('SIGTERM', () => stop('SIGTERM received'))
  if (command.parentWatch) watchParent(startedBy, stop)
  if (command.stdinWatch) watchStdin(stop)
  print(toReadyLine(facts))
  if (command.logLevel !== 'silent') {
    for (const line of toBannerLines(facts)) print(line)
    print('routes:')
    for (const route of ROUTES) print(`  ${route}`)
  }
  if (command.fixtures !== undefined) {
    const names = scenarios.map((scenario) => scenario.name).join(', ') || '(none)'
    log.info(`scenarios from ${command.fixtures}: ${names}; watching for changes`)
    const stopWatching = watchScenarios(command.fixtures, server.service.engine, (line) =>
      line.startsWith('could not') ? log.warn(line) : log.info(line),
    )
    process.once('exit', stopWatching)
  }
  return 0
}

function print(line: string): number {
  process.stdout.write(`${line}\n`)
  return 0
}

/** Closes the server once, whichever reason comes first, then exits 0 (1 if closing failed). */
function stopOnce(server: RunningServer, log: Logger): (reason: string) => void {
  let stopping = false
  return (reason) => {
    if (stopping) return
    stopping = true
    log.info(`${reason}, closing`)
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
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
      error instanceof UnknownScenarioError ||
      error instanceof TlsFileError
    process.stderr.write(`yr-meta-mock: ${known ? (error as Error).message : String(error)}\n`)
    process.exitCode = known && error instanceof CliUsageError ? 2 : 1
  },
)
