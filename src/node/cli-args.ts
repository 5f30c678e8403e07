import { parseArgs } from 'node:util'
import { SERVER_VERSION_LIST, type ServerVersion, toServerVersion } from '../contract/server-version.js'
import { DEFAULT_META_CONFIG } from '../domain/meta-config.js'
import { DEFAULT_JOURNAL_BYTES } from '../engine/journal-budget.js'
import { adminCorsProblem } from '../fake/admin-browser-access.js'
import { DEFAULT_RECORDING_MAX_BYTES, MAX_RECORDING_MAX_BYTES } from '../record/recording.js'
import { type DataBudget, DEFAULT_DATA_BUDGET, maxGeneratedFunctions } from '../seed/data-budget.js'
import { DEFAULT_FUNCTION_COUNT, DEFAULT_SEED } from '../seed/seed-defaults.js'
import type { LogLevel } from '../support/logger.js'
import { CliUsageError, toUsageError, withNegativeValues } from './parse-flags.js'
import { DEFAULT_HOST, DEFAULT_PORT } from './start-server.js'
import type { TlsFlags } from './tls-flags.js'

// Where the CLI's usage errors have always been imported from.
export { CliUsageError } from './parse-flags.js'

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
      /** The one web origin whose pages may call /__admin from a browser (--admin-cors). */
      readonly adminCors: string | undefined
      readonly logLevel: LogLevel
      /** The release to answer as (--server-version); undefined: the newest, or the scenario's. */
      readonly serverVersion: ServerVersion | undefined
      readonly config: { readonly bodyLimit: number }
      /** Bytes every session's journal keeps together (--journal-bytes). */
      readonly journalBytes: number
      /** How much data a baseline may hold (--data-budget); fixtures cannot raise it. */
      readonly dataBudget: DataBudget
      /** Serve https: with these files, or with a generated self-signed certificate. */
      readonly tls: TlsFlags | undefined
      /** Exit when the process that started the CLI goes away (on unless --no-parent-watch). */
      readonly parentWatch: boolean
      /** Exit when stdin reaches its end (--exit-on-stdin-close). */
      readonly stdinWatch: boolean
      /** Forward what no rule answers to this real server (--proxy). */
      readonly proxy: string | undefined
      /** Write the proxied exchanges to this fixture as they come, and on exit (--record). */
      readonly record: string | undefined
      /** The most bytes the recording keeps (--record-max-bytes). */
      readonly recordMaxBytes: number
      /** Request headers recorded as REDACTED (--redact a,b; `none` keeps them); undefined: the defaults. */
      readonly redact: readonly string[] | undefined
    }

// TlsFlags lives in its own file: tls.ts reads it too, and cli-args → start-server → tls closed a cycle
export type { TlsFlags }

/** The `--help` text; the flags' defaults come from the same constants the code uses. */
export const USAGE = `Usage: yr-meta-mock [options]                      serve the fake (options below)
       yr-meta-mock --proxy <url> [--record <file>]  serve a real meta_service through it, recording
       yr-meta-mock import --from <url> --tenant <id> --out <file>
       yr-meta-mock verify --against <url> [--against-admin <url>] <file>...

A fake openYuanrong meta_service.

Options:
  --port <n>        port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
  --host <address>  address to bind (default ${DEFAULT_HOST})
  --seed <n>        seed of the generated data (default ${DEFAULT_SEED})
  --functions <n>   functions to generate beside the docs' example (default ${DEFAULT_FUNCTION_COUNT}; at most
                    ${maxGeneratedFunctions(DEFAULT_DATA_BUDGET)} within the default data budget)
  --data-budget <b> how much data fixtures and --functions may ask for, checked before building:
                    records=<n>,functions=<n>,bytes=<n>, any of them (default records=${DEFAULT_DATA_BUDGET.records},
                    functions=${DEFAULT_DATA_BUDGET.functions},bytes=${DEFAULT_DATA_BUDGET.bytes}; a generated function counts 9 records)
  --fixtures <path> a scenario file, or a directory of them; watched and reloaded on change
  --scenario <name> the scenario to start with (switch later: POST /__admin/scenarios/{name}/activate)
  --admin-token <t> the token /__admin calls need (or YR_META_MOCK_ADMIN_TOKEN); beyond loopback
                    one is generated if neither is given
  --cors            answer browsers from any origin on the API's routes: CORS headers and preflights
                    (off by default; never on /__admin)
  --cors-origin <o> the same, for this origin only
  --admin-cors <o>  let pages of this one origin (e.g. http://localhost:5173) call /__admin from a
                    browser; by default /__admin refuses every web page on another origin
  --server-version <v>  answer as this openYuanrong release: ${SERVER_VERSION_LIST} (default ${DEFAULT_META_CONFIG.serverVersion})
  --body-limit <n>  refuse request bodies over n bytes with 413 (default ${DEFAULT_META_CONFIG.bodyLimit})
  --journal-bytes <n> what all sessions' journals keep together; the oldest go first (default ${DEFAULT_JOURNAL_BYTES})
  --log-level <l>   silent, error, warn or info (default info); logs go to stderr
  --tls             serve https with a generated self-signed certificate (its file is printed)
  --cert <file>     serve https with this PEM certificate (with --key; implies --tls)
  --key <file>      the PEM private key of --cert
  --client-ca <f>   require client certificates signed by this PEM CA (mutual TLS; needs TLS)
  --proxy <url>     forward every request no scenario rule answers to a real meta_service
  --record <file>   with --proxy: write the exchanges as a replaying fixture (within 1 s, and on exit)
  --record-max-bytes <n>  the most bytes of exchanges --record keeps (default ${DEFAULT_RECORDING_MAX_BYTES})
  --redact <names>  request headers recorded as REDACTED (default x-auth, authorization, cookie, …; none)
  --exit-on-stdin-close  stop when stdin ends (for a parent that holds a pipe to it)
  --no-parent-watch stay up when the process that started the CLI exits (default: stop with it)
  -h, --help        show this help
  -v, --version     show the version

Subcommands (each has --help):
  yr-meta-mock import --from <url> --tenant <id> --out <file>   copy a real tenant into a fixture
  yr-meta-mock verify --against <url> <file>...                 replay recordings, report drift
                      (--against-admin <url>: the frontend, for recordings of /admin/v1)

Environment:
  YR_META_MOCK_ADMIN_TOKEN  the admin token, as --admin-token gives it (the flag wins); the test
                            helpers send it too`

/** Parses the command line. @example parseCliArgs(['--port', '0']) */
export function parseCliArgs(args: readonly string[]): CliCommand {
  const { values } = parseCommandLine(args)
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  const dataBudget = toDataBudget(values['data-budget'])
  return {
    kind: 'serve',
    port: toInteger('--port', values.port, DEFAULT_PORT, 65535),
    host: values.host ?? DEFAULT_HOST,
    seed: toInteger('--seed', values.seed, DEFAULT_SEED, Number.MAX_SAFE_INTEGER),
    functions: toInteger(
      '--functions',
      values.functions,
      DEFAULT_FUNCTION_COUNT,
      maxGeneratedFunctions(dataBudget),
      ` (the data budget: ${dataBudget.records} records, a generated function counting 9; raise it with --data-budget)`,
    ),
    dataBudget,
    fixtures: values.fixtures,
    scenario: values.scenario,
    adminToken: toAdminToken(values['admin-token']),
    cors: toCors(values.cors, values['cors-origin']),
    adminCors: toAdminCors(values['admin-cors']),
    logLevel: toLogLevel(values['log-level']),
    serverVersion: toServerVersionFlag(values['server-version']),
    config: {
      bodyLimit: toInteger('--body-limit', values['body-limit'], DEFAULT_META_CONFIG.bodyLimit, 2 ** 31),
    },
    journalBytes: toInteger('--journal-bytes', values['journal-bytes'], DEFAULT_JOURNAL_BYTES, 2 ** 40),
    tls: toTlsFlags(values),
    parentWatch: !values['no-parent-watch'],
    stdinWatch: values['exit-on-stdin-close'] ?? false,
    ...toProxyFlags(values.proxy, values.record, values.redact),
    recordMaxBytes: toRecordMaxBytes(values.record, values['record-max-bytes']),
  }
}

function toRecordMaxBytes(record: string | undefined, text: string | undefined): number {
  if (text !== undefined && record === undefined)
    throw new CliUsageError('--record-max-bytes bounds what --record keeps: give --record <file> too')
  return toInteger('--record-max-bytes', text, DEFAULT_RECORDING_MAX_BYTES, MAX_RECORDING_MAX_BYTES)
}

function toProxyFlags(proxy: string | undefined, record: string | undefined, redact: string | undefined) {
  if (record !== undefined && proxy === undefined) {
    throw new CliUsageError('--record records what --proxy passes on: give --proxy <url> too')
  }
  if (proxy !== undefined && !/^https?:\/\//.test(proxy)) {
    throw new CliUsageError(`--proxy takes an http:// or https:// URL, not "${proxy}"`)
  }
  const names =
    redact === undefined ? undefined : redact === 'none' ? [] : redact.split(',').map((name) => name.trim())
  return { proxy, record, redact: names }
}

/** `--cors` is any origin, `--cors-origin` one: asking for both is a mistake, not a merge. */
function toCors(any: boolean | undefined, origin: string | undefined): boolean | string {
  if (any && origin !== undefined) {
    throw new CliUsageError('--cors (any origin) and --cors-origin (one origin) conflict; give one of them')
  }
  return origin ?? any ?? false
}

/** A token or none: an empty one (an unset shell variable) would let every call in. */
function toAdminToken(token: string | undefined): string | undefined {
  if (token === '')
    throw new CliUsageError('--admin-token is empty: give a token, or leave the flag out for none')
  return token
}

/** One origin, never `*`: a page there can reset and read everything, so it must be named. */
function toAdminCors(origin: string | undefined): string | undefined {
  const problem = origin === undefined ? undefined : adminCorsProblem(origin)
  if (problem !== undefined) throw new CliUsageError(`--admin-cors ${problem}`)
  return origin
}

function toTlsFlags(values: {
  tls?: boolean
  cert?: string
  key?: string
  'client-ca'?: string
}): TlsFlags | undefined {
  const { cert, key } = values
  const clientCa = values['client-ca']
  if ((cert === undefined) !== (key === undefined)) {
    throw new CliUsageError('--cert and --key go together: give both, or neither for a generated certificate')
  }
  if (!values.tls && cert === undefined) {
    if (clientCa !== undefined) throw new CliUsageError('--client-ca needs TLS: add --tls or --cert/--key')
    return undefined
  }
  return { cert, key, clientCa }
}

function parseCommandLine(args: readonly string[]) {
  try {
    return parseArgs({
      args: withNegativeValues(args),
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        functions: { type: 'string' },
        'data-budget': { type: 'string' },
        fixtures: { type: 'string' },
        scenario: { type: 'string' },
        'admin-token': { type: 'string' },
        cors: { type: 'boolean' },
        'cors-origin': { type: 'string' },
        'admin-cors': { type: 'string' },
        'body-limit': { type: 'string' },
        'journal-bytes': { type: 'string' },
        'server-version': { type: 'string' },
        'log-level': { type: 'string' },
        tls: { type: 'boolean' },
        cert: { type: 'string' },
        key: { type: 'string' },
        'client-ca': { type: 'string' },
        'exit-on-stdin-close': { type: 'boolean' },
        'no-parent-watch': { type: 'boolean' },
        proxy: { type: 'string' },
        record: { type: 'string' },
        'record-max-bytes': { type: 'string' },
        redact: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    throw toUsageError(error, 'yr-meta-mock --help')
  }
}

function toServerVersionFlag(text: string | undefined): ServerVersion | undefined {
  if (text === undefined) return undefined
  const version = toServerVersion(text)
  if (version === undefined) {
    throw new CliUsageError(
      `--server-version takes ${SERVER_VERSION_LIST} (a tag such as v0.8.0 too), not "${text}"`,
    )
  }
  return version
}

const LOG_LEVELS: readonly LogLevel[] = ['silent', 'error', 'warn', 'info']

function toLogLevel(text: string | undefined): LogLevel {
  if (text === undefined) return 'info'
  if (!LOG_LEVELS.includes(text as LogLevel)) {
    throw new CliUsageError(`--log-level takes one of ${LOG_LEVELS.join(', ')}, not "${text}"`)
  }
  return text as LogLevel
}

function toInteger(flag: string, text: string | undefined, fallback: number, max: number, why = ''): number {
  if (text === undefined) return fallback
  if (!/^[0-9]+$/.test(text) || Number(text) > max) {
    throw new CliUsageError(`${flag} takes a whole number from 0 to ${max}, not "${text}"${why}`)
  }
  return Number(text)
}

const BUDGET_KEYS = Object.keys(DEFAULT_DATA_BUDGET) as (keyof DataBudget)[]

/** `--data-budget records=60000,functions=8000`: the keys given replace the defaults. */
function toDataBudget(text: string | undefined): DataBudget {
  if (text === undefined) return DEFAULT_DATA_BUDGET
  const budget: { -readonly [K in keyof DataBudget]: number } = { ...DEFAULT_DATA_BUDGET }
  for (const part of text.split(',')) {
    const [key = '', value, ...rest] = part.split('=')
    if (!BUDGET_KEYS.includes(key as keyof DataBudget) || value === undefined || rest.length > 0) {
      throw new CliUsageError(
        `--data-budget takes ${BUDGET_KEYS.map((name) => `${name}=<n>`).join(',')} (any of them), not "${part}"`,
      )
    }
    budget[key as keyof DataBudget] = toInteger(`--data-budget ${key}`, value, 0, Number.MAX_SAFE_INTEGER)
  }
  return budget
}
