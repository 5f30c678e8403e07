import type { ServerVersion } from '../contract/server-version.js'
import type { Upstream } from '../proxy/upstream.js'
import type { ScenarioInput } from '../scenarios/scenario-schema.js'
import type { DataBudget } from '../seed/data-budget.js'
import type { FunctionFixture } from '../seed/function-fixture.js'
import type { Logger, LogLevel } from '../support/logger.js'
import type { CorsSetting } from '../wire/cors.js'
import type { SessionLimits } from './session-pool.js'
import type { ConfigOverrides } from './state-config.js'

/** Options of one fake meta_service. */
export interface MetaServiceOptions {
  /** Seed of the generated data; the CLI uses the same default. */
  readonly seed?: number
  /** How many functions to generate beside the documentation's example (0 for none). */
  readonly functions?: number
  /** Whether to serve the documentation's example function (default true). */
  readonly docExample?: boolean
  /** Extra functions to load after the generated ones. */
  readonly load?: readonly FunctionFixture[]
  /** Scenarios that can be switched to: files read by `loadScenarios`, or objects in code. */
  readonly scenarios?: readonly ScenarioInput[]
  /** The scenario active from the start. */
  readonly scenario?: string
  /** The openYuanrong release to answer as (default the newest, `'0.10.0'`; decision 0025). */
  readonly serverVersion?: ServerVersion
  /** Deployment settings (version limit, CPU and memory ranges, runtimes, default tenant). */
  readonly config?: ConfigOverrides
  /** How many sessions (`x-mock-session`) may exist, and how long an idle one lives. */
  readonly sessions?: Partial<SessionLimits>
  /** Requests each session's journal keeps (default 1000; the oldest are dropped first). */
  readonly journalLimit?: number
  /** Bytes all sessions' journals keep together (default 64 MiB; the oldest of any session go first). */
  readonly journalBytes?: number
  /** The clock of API writes; seeded history has its own dates. */
  readonly now?: () => Date
  readonly logLevel?: LogLevel
  readonly logger?: Logger
  /** CORS for browser-based consumers: any origin (`true`) or one origin. Off by default. Never on `/__admin`. */
  readonly cors?: CorsSetting
  /**
   * The one web origin (`http://localhost:5173`; never `*`) whose pages may call `/__admin` from a
   * browser. None by default: `/__admin` answers no cross-origin call.
   */
  readonly adminCors?: string
  /** A token `/__admin` calls must carry (`Authorization: Bearer …`). None by default in-process. */
  readonly adminToken?: string
  /** Who answers what the rules leave: the fake's routes by default, or a real server (`createUpstream`). */
  readonly upstream?: Upstream
  /** How much data a baseline may hold, checked before building (decision 0023); fixtures cannot raise it. */
  readonly dataBudget?: Partial<DataBudget>
  /** Whether GET answers are kept and written again (default true); off, every request is routed afresh. */
  readonly answerCache?: boolean
}
