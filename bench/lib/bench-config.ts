import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** How big and how long a run is: the full run by hand, the smoke run in CI. */
export interface BenchConfig {
  readonly smoke: boolean
  /** Alternating rounds per side-by-side case. */
  readonly rounds: number
  /** Seconds of load per round. */
  readonly loadSeconds: number
  /** Sequential requests per latency sample. */
  readonly latencyRequests: number
  /** Generated functions and the big function's versions of the large data set. */
  readonly bigFunctions: number
  readonly bigVersions: number
  /** Mixed requests the memory-flatness run sends, in wrk runs of `mixChunkSeconds`, capped in time. */
  readonly mixRequests: number
  readonly mixChunkSeconds: number
  readonly mixCapSeconds: number
  /** A directory for fixtures and bodies of this run. */
  readonly workDir: string
}

/** The configuration for `--smoke` or a full run. */
export function toBenchConfig(smoke: boolean): BenchConfig {
  const workDir = mkdtempSync(join(tmpdir(), 'yr-meta-mock-bench-'))
  const config = smoke
    ? {
        smoke,
        rounds: 1,
        loadSeconds: 1,
        latencyRequests: 200,
        bigFunctions: 300,
        bigVersions: 500,
        mixRequests: 2000,
        mixChunkSeconds: 1,
        mixCapSeconds: 3,
        workDir,
      }
    : {
        smoke,
        rounds: 5,
        loadSeconds: 5,
        latencyRequests: 2000,
        bigFunctions: 18_000,
        bigVersions: 10_000,
        mixRequests: 1_000_000,
        mixChunkSeconds: 15,
        mixCapSeconds: 600,
        workDir,
      }
  writeBigScenario(config)
  return config
}

/**
 * The data budget the large data set needs: 18,000 generated functions count 9 records each at most
 * (~100,000 are written), beyond the default budget that protects against careless fixtures (decision 0023).
 */
export const BIG_DATA_BUDGET = { records: 180_000, functions: 20_000 } as const

/** The large data set: thousands of functions, one of them with many versions (~100,000 records). */
export const BIG_FUNCTION = '0@faaspy@big'
/** The first page of the big function's versions (the page flat-size's wrk load requests). */
export const BIG_FIRST_PAGE = `/serverless/v1/functions/${BIG_FUNCTION}/versions?pageIndex=1&pageSize=10`

function writeBigScenario(config: BenchConfig): void {
  const scenario = {
    name: 'big',
    functions: config.bigFunctions,
    config: { versionMax: config.bigVersions + 10 },
    load: [{ name: BIG_FUNCTION, versions: config.bigVersions }],
  }
  writeFileSync(join(config.workDir, 'big.json'), JSON.stringify(scenario))
}
