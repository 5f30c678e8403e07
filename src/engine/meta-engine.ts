import { type FunctionFixture, functionFixtureSchema, toFixtureHistory } from '../seed/function-fixture.js'
import { replayHistory } from '../seed/replay-history.js'
import { DEFAULT_FUNCTION_COUNT, DEFAULT_SEED, seedStore } from '../seed/seed-store.js'
import { DEFAULT_META_CONFIG, type MetaConfig } from '../service/meta-config.js'
import type { ServiceContext } from '../service/service-context.js'
import { MetaStore } from '../store/meta-store.js'
import { createLogger, type Logger, type LogLevel } from './logger.js'

/** Options of one fake meta_service. */
export interface MetaServiceOptions {
  /** Seed of the generated data; the CLI uses the same default. */
  readonly seed?: number
  /** How many functions to generate beside the documentation's example (0 for none). */
  readonly functions?: number
  /** Extra functions to load after the generated ones. */
  readonly load?: readonly FunctionFixture[]
  /** Deployment settings (version limit, CPU and memory ranges, runtimes, default tenant). */
  readonly config?: Partial<MetaConfig>
  /** The clock of API writes; seeded history has its own dates. */
  readonly now?: () => Date
  readonly logLevel?: LogLevel
  readonly logger?: Logger
}

/**
 * The engine behind every face: settings, the current store and how to rebuild it. Reset
 * builds a fresh store from the seed and swaps it in (the data library's `clear()` is quadratic).
 */
export class MetaEngine {
  readonly config: MetaConfig
  readonly log: Logger
  readonly #options: MetaServiceOptions
  readonly #now: () => Date
  readonly #fixtures: readonly FunctionFixture[]
  #context: ServiceContext
  #ready: Promise<void>

  constructor(options: MetaServiceOptions = {}) {
    this.#options = options
    this.config = { ...DEFAULT_META_CONFIG, ...options.config }
    this.log = options.logger ?? createLogger(options.logLevel)
    this.#now = options.now ?? (() => new Date())
    // Fixtures are checked before anything is built, so bad input fails at once and clearly.
    this.#fixtures = (options.load ?? []).map((fixture) => functionFixtureSchema.parse(fixture))
    this.#context = this.#createContext()
    this.#ready = this.#seed(this.#context)
  }

  /** The state requests are served from right now. */
  get context(): ServiceContext {
    return this.#context
  }

  /** Settles when the current state is seeded; rejects if seeding failed. */
  get ready(): Promise<void> {
    return this.#ready
  }

  /** Rebuilds the baseline (seed plus loaded functions) and swaps it in once complete. */
  reset(): Promise<void> {
    const next = this.#createContext()
    // Requests wait on `ready`, so none sees the new state before it is complete.
    this.#ready = this.#seed(next).then(() => {
      this.#context = next
    })
    return this.#ready
  }

  #createContext(): ServiceContext {
    return { store: new MetaStore(), config: this.config, now: this.#now }
  }

  async #seed(ctx: ServiceContext): Promise<void> {
    await seedStore(ctx, {
      seed: this.#options.seed ?? DEFAULT_SEED,
      functions: this.#options.functions ?? DEFAULT_FUNCTION_COUNT,
    })
    for (const fixture of this.#fixtures)
      await replayHistory(ctx, toFixtureHistory(fixture, this.config.defaultTenant))
  }
}
