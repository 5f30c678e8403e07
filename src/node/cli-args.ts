import { parseArgs } from 'node:util'
import { DEFAULT_META_CONFIG } from '../domain/meta-config.js'
import { DEFAULT_FUNCTION_COUNT, DEFAULT_SEED } from '../seed/seed-store.js'
import type { LogLevel } from '../support/logger.js'
import { DEFAULT_HOST, DEFAULT_PORT } from './start-server.js'

/** What the CLI was asked to do. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'serve'
      readonly port: number
      readonly host: string
      readonly seed: number
      readonly functions: number
      readonly fixtures: string | undefined
      readonly scenario: string | undefined
      readonly adminToken: string | undefined
      readonly cors: boolean | string
      readonly logLevel: LogLevel
      readonly config: { readonly bodyLimit: number }
    }

/** The `--help` text; the flags' defaults come from the same constants the code uses. */
export const USAGE = `Usage: yr-meta-mock [options]

A fake openYuanrong meta_service.

Options:
  --port <n>        port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host <address>  address to bind (default ${DEFAULT_HOST})
  --seed <n>        seed of the generated data (default ${DEFAULT_SEED})
  --functions <n>   functions to generate beside the docs' example (default ${DEFAULT_FUNCTION_COUNT})
  --fixtures <path> a scenario file, or a directory of them; watched and reloaded on change
  --scenario <name> the scenario to start with (switch later: POST /__admin/scenarios/{name}/activate)
  --admin-token <t> the token /__admin calls need; beyond loopback one is generated if not given
  --cors            answer browsers from any origin: CORS headers and preflights (off by default)
  --cors-origin <o> the same, for this origin only
  --body-limit <n>  refuse request bodies over n bytes with 413 (default ${DEFAULT_META_CONFIG.bodyLimit})
  --log-level <l>   silent, error, warn or info (default info); logs go to stderr
  -h, --help        show this help
  -v, --version     show the version`

/** A mistake in the command line; its message is one line for the user. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError'
}

/** Parses the command line. @example parseCliArgs(['--port', '0']) */
export function parseCliArgs(args: readonly string[]): CliCommand {
  const { values } = parseCommandLine(args)
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  return {
    kind: 'serve',
    port: toInteger('--port', values.port, DEFAULT_PORT, 65535),
    host: values.host ?? DEFAULT_HOST,
    seed: toInteger('--seed', values.seed, DEFAULT_SEED, Number.MAX_SAFE_INTEGER),
    functions: toInteger('--functions', values.functions, DEFAULT_FUNCTION_COUNT, 1_000_000),
    fixtures: values.fixtures,
    scenario: values.scenario,
    adminToken: values['admin-token'],
    cors: values['cors-origin'] ?? values.cors ?? false,
    logLevel: toLogLevel(values['log-level']),
    config: {
      bodyLimit: toInteger('--body-limit', values['body-limit'], DEFAULT_META_CONFIG.bodyLimit, 2 ** 31),
    },
  }
}

function parseCommandLine(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        functions: { type: 'string' },
        fixtures: { type: 'string' },
        scenario: { type: 'string' },
        'admin-token': { type: 'string' },
        cors: { type: 'boolean' },
        'cors-origin': { type: 'string' },
        'body-limit': { type: 'string' },
        'log-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    throw new CliUsageError(`${(error as Error).message}; see --help`)
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['silent', 'error', 'warn', 'info']

function toLogLevel(text: string | undefined): LogLevel {
  if (text === undefined) return 'info'
  if (!LOG_LEVELS.includes(text as LogLevel)) {
    throw new CliUsageError(`--log-level takes one of ${LOG_LEVELS.join(', ')}, not "${text}"`)
  }
  return text as LogLevel
}

function toInteger(flag: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback
  if (!/^[0-9]+$/.test(text) || Number(text) > max) {
    throw new CliUsageError(`${flag} takes a whole number from 0 to ${max}, not "${text}"`)
  }
  return Number(text)
}
