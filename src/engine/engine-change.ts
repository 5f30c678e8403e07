import type { ScenarioRuntime } from '../scenarios/scenario-runtime.js'
import type { MetaStore } from '../store/meta-store.js'
import type { Outcome } from '../wire/outcome.js'
import type { Exchange } from './record-exchange.js'

/** A saved state of one session: its data and its scenario progress. */
export interface MetaSnapshot {
  readonly store: MetaStore
  readonly runtime: ScenarioRuntime
}

/**
 * Something observable changed (for the dashboard and recordings): a request was answered (`entryId` is
 * its journal id; the outcome's response must not be consumed, only cloned), the scenarios changed, or a
 * session's state.
 */
export type EngineChange =
  | {
      readonly kind: 'request'
      readonly session: string
      readonly entryId: number
      readonly outcome: Outcome
      /**
       * The request as received, its whole body read (`exchange.face.body`; the journal keeps less).
       * Read it during the call and do not keep it: on the Node face it holds the connection.
       */
      readonly exchange: Exchange
      /** When the request was taken up and when it was answered (ms since the epoch, inclusive). */
      readonly window: readonly [number, number]
    }
  | { readonly kind: 'scenarios' }
  | { readonly kind: 'sessions'; readonly session?: string }
