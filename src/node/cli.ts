#!/usr/bin/env node
import { FixtureLoadError } from '../engine/baseline.js'
import { DEFAULT_SESSION_LIMITS } from '../engine/session-pool.js'
import { ImportError } from '../import/transport.js'
import { createUpstream } from '../proxy/upstream.js'
import { ScenarioError } from '../scenarios/scenario-error.js'
import { UnknownScenarioError } from '../scenarios/scenario-set.js'
import { createLogger, type Logger } from '../support/logger.js'
import { checkWritableFile, FileWriteError } from './atomic-write.js'
import { toBannerLines, toReadyLine } from './banner.js'
import { CliUsageError, parseCliArgs, USAGE } from './cli-args.js'
import { compactAfterBuild } from './compact-memory.js'
import { runImportCommand } from './import-command.js'
import { loadScenarios } from './load-scenarios.js'
import { toLoggedSend } from './logged-upstream.js'
import { watchParent, watchStdin } from './parent-watch.js'
import { RecordingFile } from './record-to-file.js'
import { toScenarioWithoutFixturesError } from './scenario-hint.js'
import { PortInUseError, type RunningServer, startServer } from './start-server.js'
import { resolveTls, TlsFileError } from './tls.js'
import { sendWithNodeHttp } from './upstream-send.js'
import { runVerifyCommand } from './verify-command.js'
import { VERSION } from './version.js'
import { warmSchemasWhenIdle } from './warm-schemas.js'
import { watchScenarios } from './watch-scenarios.js'

/** The one request form of `/__admin/requests/{find,count}`, as the README shows it. */
const FILTER_EXAMPLE = '{"method":"DELETE","path":"/serverless/v1/functions/*"}'

/** The banner's route list, from the service's own routes; `/admin/v1` repeats `/serverless/v1`. */
function toBannerRoutes(routes: readonly string[]): string[] {
  return [
    ...routes.filter((route) => !route.includes('/admin/v1/')),
    '(the function routes are served under /admin/v1 too, as the frontend proxy exposes them)',
  ]
}

async function main(args: readonly string[]): Promise<number> {
  const startedBy = process.ppid
  if (args[0] === 'import') return runImportCommand(args.slice(1))
  if (args[0] === 'verify') return runVerifyCommand(args.slice(1))
  const command = parseCliArgs(args)
  if (command.kind === 'help') return print(USAGE)
  if (command.kind === 'version') return print(VERSION)
  // Reload and shutdown lines are logs: stderr, at --log-level. stdout is the ready line and banner.
  if (command.scenario !== undefined && command.fixtures === undefined)
    throw toScenarioWithoutFixturesError(command.scenario)
  const log = createLogger(command.logLevel)
  const scenarios = command.fixtures === undefined ? [] : loadScenarios(command.fixtures)
  const tls = command.tls === undefined ? undefined : resolveTls(command.tls, command.host)
  const upstream = command.proxy
    ? createUpstream({ url: command.proxy, send: toLoggedSend(sendWithNodeHttp, command.proxy, log) })
    : undefined
  // Before serving: a recording that cannot be written must not be found out at exit.
  if (command.record) checkWritableFile(command.record)
  const server = await startServer({ ...command, tls: tls?.server, scenarios, upstream, fastResponses: true })
  const recording = command.record ? recordToFile(server, command, log) : undefined
  compactAfterBuild()
  const facts = {
    version: VERSION,
    server,
    tls,
    tlsFlags: command.tls,
    // A token given (option or environment) is never echoed: logs keep what a terminal shows.
    tokenGiven: server.adminToken !== undefined && !server.adminTokenGenerated,
    sessionsMax: DEFAULT_SESSION_LIMITS.max,
    proxy: command.proxy,
    record: command.record,
  }
  // Watching starts before the ready line: a starter may act on that line at once (even kill itself).
  const stop = stopOnce(server, log, async () => ((await recording?.finish()) === false ? 1 : 0))
  // `on`, not `once`: a second signal must reach `stop` to end at once.
  process.on('SIGINT', () => stop('SIGINT received', { signal: true }))
  process.on('SIGTERM', () => stop('SIGTERM received', { signal: true }))
  if (command.parentWatch) watchParent(startedBy, stop)
  if (command.stdinWatch) watchStdin(stop)
  print(toReadyLine(facts))
  if (command.logLevel !== 'silent') {
    for (const line of toBannerLines(facts)) print(line)
    print('routes:')
    for (const route of toBannerRoutes(server.service.routes)) print(`  ${route}`)
    print(
      `check what was sent: POST /__admin/requests/count ${FILTER_EXAMPLE} (the filter itself, as application/json; ?session=<id> for a session)`,
    )
  }
  warmSchemasWhenIdle()
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

/** `--record`: written as it goes; on exit, a file that could not be written is an exit code of 1. */
function recordToFile(
  server: RunningServer,
  command: { record?: string; redact?: readonly string[]; recordMaxBytes: number },
  log: Logger,
): RecordingFile {
  const file = command.record as string
  const recording = new RecordingFile(server.service.engine, file, {
    redactHeaders: command.redact,
    maxBytes: command.recordMaxBytes,
    log,
  })
  log.info(`recording to ${file}: rewritten whole within 1 s of each exchange, and on exit`)
  // Any other way out (an exception, a second signal): write what was read so far, synchronously.
  process.once('exit', () => {
    if (recording.finishSync()) return
    process.stderr.write(`yr-meta-mock: recording: ${recording.failure}\n`)
    if (!process.exitCode) process.exitCode = 1
  })
  return recording
}

function print(line: string): number {
  process.stdout.write(`${line}\n`)
  return 0
}

/**
 * Closes the server once, whichever reason comes first: no new connections, requests in flight
 * finish (2 s at most), `finish` runs (the recording's last write; its exit code), then exit 0 (1 if
 * closing or finishing failed). A second reason stops at once.
 */
function stopOnce(
  server: RunningServer,
  log: Logger,
  finish: () => Promise<number>,
): (reason: string, how?: { signal: boolean }) => void {
  let stopping = false
  return (reason, how) => {
    if (stopping) {
      log.warn(`${reason}${how?.signal ? ' again' : ' while closing'}, stopping now`)
      process.exit(130)
    }
    stopping = true
    // Only a signal can be sent again; a parent that exited or a closed stdin cannot.
    const again = how?.signal ? ' (send it again to stop at once)' : ''
    log.info(`${reason}, closing: finishing requests in flight${again}`)
    server
      .close({ report: (line) => log.info(line) })
      .then(finish)
      .then(
        (code) => {
          log.info('stopped')
          process.exit(code)
        },
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
      error instanceof TlsFileError ||
      error instanceof ImportError ||
      error instanceof FileWriteError
    process.stderr.write(`yr-meta-mock: ${known ? (error as Error).message : String(error)}\n`)
    process.exitCode = known && error instanceof CliUsageError ? 2 : 1
  },
)
