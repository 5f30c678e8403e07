import { FACE_NAMES, type FaceName } from './targets.js'

export interface CliArgs {
  readonly real?: string
  readonly realAdmin?: string
  readonly runs: number
  readonly seed: number
  readonly faces: readonly FaceName[]
  readonly only?: string
  readonly verbose: boolean
  /** Start the real server's coverage build, run against it, stop it and print its coverage report. */
  readonly coverage: boolean
  /** Where to write the full coverage report (`-top 0`). */
  readonly coverageOut?: string
  /** Leave the scripted sequences out (to measure what the random ones add). */
  readonly noScripted: boolean
  /** Rounds of each concurrent spec (writers sent at once; decision 0020); 0: none. */
  readonly concurrent: number
}

const FLAGS = new Set(['verbose', 'coverage', 'no-scripted'])

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
  const known = new Set(['real', 'real-admin', 'runs', 'seed', 'faces', 'only', 'coverage-out', 'concurrent'])
  for (const key of values.keys()) if (!known.has(key)) throw new Error(`unknown flag --${key}`)
  const faces = (values.get('faces') ?? FACE_NAMES.join(',')).split(',').filter(Boolean)
  for (const face of faces) {
    if (!(FACE_NAMES as readonly string[]).includes(face))
      throw new Error(`unknown face ${face} (${FACE_NAMES.join(', ')})`)
  }
  return {
    real: values.get('real'),
    realAdmin: values.get('real-admin'),
    runs: Number(values.get('runs') ?? 0),
    seed: Number(values.get('seed') ?? Date.now() % 100000),
    faces: faces as FaceName[],
    only: values.get('only'),
    verbose: flags.has('verbose'),
    coverage: flags.has('coverage'),
    coverageOut: values.get('coverage-out'),
    noScripted: flags.has('no-scripted'),
    concurrent: Number(values.get('concurrent') ?? 0),
  }
}
