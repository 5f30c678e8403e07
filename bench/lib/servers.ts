import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BenchConfig, BIG_DATA_BUDGET } from './bench-config.js'
import { type StartedServer, startServerProcess, takePort } from './processes.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CLI = join(ROOT, 'dist/node/cli-bundle.js')

/** The versions page every throughput comparison requests. */
export const VERSIONS_PATH = '/serverless/v1/functions/0@faaspy@hello2/versions?pageIndex=1&pageSize=10'

/** The data a fake starts with: the default seed, the large data set (~100,000 records), or none. */
export type FakeData = 'default' | 'big' | 'empty'

/** How a server is launched beyond its arguments: node's own flags, its cwd, its stdout. */
export interface Launch {
  readonly nodeFlags?: readonly string[]
  readonly cwd?: string
  readonly stdout?: number
}

/** The built CLI on the default seed, or on the large data set. */
export function startFake(
  config: Pick<BenchConfig, 'workDir'>,
  data: FakeData = 'default',
  launch: Launch = {},
): Promise<StartedServer> {
  const port = takePort()
  return startServerProcess({
    command: process.execPath,
    args: [...(launch.nodeFlags ?? []), CLI, '--port', String(port), ...fakeDataArgs(config, data)],
    port,
    readyPath: '/healthz',
    cwd: launch.cwd,
    stdout: launch.stdout,
  })
}

/** The CLI's arguments for each data set. */
export function fakeDataArgs(config: Pick<BenchConfig, 'workDir'>, data: FakeData): string[] {
  return {
    default: [],
    big: [
      ...['--fixtures', join(config.workDir, 'big.json'), '--scenario', 'big'],
      ...['--data-budget', `records=${BIG_DATA_BUDGET.records},functions=${BIG_DATA_BUDGET.functions}`],
    ],
    empty: ['--functions', '0'],
  }[data]
}

/** The bare Hono app answering every GET with `body`. */
export function startBareHono(
  config: Pick<BenchConfig, 'workDir'>,
  body: Uint8Array,
  launch: Launch = {},
): Promise<StartedServer> {
  const port = takePort()
  const bodyFile = join(config.workDir, `body-${port}.json`)
  writeFileSync(bodyFile, body)
  const script = join(ROOT, 'bench/baselines/bare-hono.mjs')
  return startServerProcess({
    command: process.execPath,
    args: [...(launch.nodeFlags ?? []), script, String(port), bodyFile],
    port,
    readyPath: '/healthz',
    cwd: launch.cwd ?? ROOT,
    stdout: launch.stdout,
  })
}

/** The smallest @hono/node-server app, for cold starts. */
export function startHelloWorld(): Promise<StartedServer> {
  const port = takePort()
  const script = join(ROOT, 'bench/baselines/hello-world.mjs')
  return startServerProcess({
    command: process.execPath,
    args: [script, String(port)],
    port,
    readyPath: '/',
    cwd: ROOT,
  })
}

/** The exact bytes the fake answers for a path. */
export async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  return new Uint8Array(await response.arrayBuffer())
}
