import {
  DEFAULT_SERVER_VERSION,
  SERVER_VERSION_LIST,
  type ServerVersion,
  toServerVersion,
} from '../../src/contract/server-version.js'
import { FACE_NAMES, type FaceName } from './targets.js'

export interface CliArgs {
  readonly real?: string
  readonly realAdmin?: string
  /** The real server's etcd (`http://127.0.0.1:ETCD_PORT`, run.sh's env file): where sequences' `given` state goes. */
  readonly realEtcd?: string
  readonly runs: number
  readonly seed: number
  readonly faces: readonly FaceName[]
  readonly only?: string
  readonly verbose: boolean
  /** The release the real server is and the fake answers as (`--server-version`, or `--release`). */
  readonly serverVersion: ServerVersion
  /** Start the real server's coverage build, run against it, stop it and print its coverage report. */
  readonly coverage: boolean
  /** Where to write the full coverage report (`-top 0`). */
  readonly coverageOut?: string
  /** Leave the scripted sequences out (to measure what the random ones add). */
  readonly noScripted: boolean
  /** Rounds of each concurrent spec (writers sent at once; decision 0027); 0: none. */
  readonly concurrent: number
  /** Run the etcd outage sequences (decision 0031): on with `--etcd-faults`, or `--coverage` unless `--no-etcd-faults`. */
  readonly etcdFaults: boolean
  /** The real server's run folder (run.sh's), where its etcd's PID is; found from the port when absent. */
  readonly realRun?: string
}

const FLAGS = new Set(['verbose', 'coverage', 'no-scripted', 'etcd-faults', 'no-etcd-faults'])

/** Parses `--name value` flags; unknown flags are an error so that typos do not pass silently. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const values = new Map<string, string>()
  const flags = new Set<string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (!arg.startsWith('--')) throw new Error(`unexpected argument: ${arg}`)
    const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined]
    if (FLAGS.has(key)) flags.add(key)
    else values.set(key, inline ?? argv[++i] ?? '')
  }
  const known = new Set([
    'real',
    'real-admin',
    'real-etcd',
    'runs',
    'seed',
    'faces',
    'only',
    'server-version',
    'release',
    'coverage-out',
    'concurrent',
    'real-run',
  ])
  for (const key of values.keys()) if (!known.has(key)) throw new Error(`unknown flag --${key}`)
  const faces = (values.get('faces') ?? FACE_NAMES.join(',')).split(',').filter(Boolean)
  for (const face of faces) {
    if (!(FACE_NAMES as readonly string[]).includes(face))
      throw new Error(`unknown face ${face} (${FACE_NAMES.join(', ')})`)
  }
  const serverVersion = toVersionFlag(values.get('server-version'), values.get('release'))
  // coverage.sh builds the default binary only: its figures would belong to another release
  if (flags.has('coverage') && serverVersion !== DEFAULT_SERVER_VERSION)
    throw new Error(
      `--coverage runs the ${DEFAULT_SERVER_VERSION} coverage build: leave out --server-version ${serverVersion}`,
    )
  return {
    real: values.get('real'),
    realAdmin: values.get('real-admin'),
    realEtcd: values.get('real-etcd'),
    runs: Number(values.get('runs') ?? 0),
    seed: Number(values.get('seed') ?? Date.now() % 100000),
    faces: faces as FaceName[],
    only: values.get('only'),
    verbose: flags.has('verbose'),
    serverVersion,
    coverage: flags.has('coverage'),
    coverageOut: values.get('coverage-out'),
    noScripted: flags.has('no-scripted'),
    concurrent: Number(values.get('concurrent') ?? 0),
    etcdFaults: flags.has('etcd-faults') || (flags.has('coverage') && !flags.has('no-etcd-faults')),
    realRun: values.get('real-run'),
  }
}

function toVersionFlag(serverVersion: string | undefined, release: string | undefined): ServerVersion {
  if (serverVersion !== undefined && release !== undefined && serverVersion !== release)
    throw new Error('--server-version and --release name the same thing: give one')
  const text = serverVersion ?? release
  if (text === undefined) return DEFAULT_SERVER_VERSION
  const version = toServerVersion(text)
  if (!version) throw new Error(`--server-version takes ${SERVER_VERSION_LIST} (or v0.7.0 …), not "${text}"`)
  return version
}
