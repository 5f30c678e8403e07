/** One request of a sequence, as authored: placeholders such as `<rev#1>` are resolved per target. */
export interface Step {
  readonly method: string
  /** Path with query, exactly as sent on the wire. */
  readonly path: string
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: string
  /**
   * Only a raw HTTP client sends this request as written (a lowercase or unknown method, a path fetch
   * would normalize): the fetch faces do not carry it, the Node face and the real server get it byte for byte.
   */
  readonly raw?: boolean
  /**
   * Not a request but an outage: `down` makes the server's etcd fail (the real server's is killed, a
   * fake activates the etcd-unavailable scenario), `up` brings it back. Decision 0031.
   */
  readonly etcd?: EtcdState
}

export type EtcdState = 'down' | 'up'

/** A step that takes etcd down or brings it back (it names what it does in its method and path too). */
export function etcdStep(state: EtcdState): Step {
  return { method: 'ETCD', path: `/${state}`, etcd: state }
}

/**
 * State another writer of etcd put there before a sequence's first request (issue 24): layers,
 * aliases and triggers, each as a scenario gives them (`layers`, `aliases`, `triggers`). The real
 * target writes them into its server's etcd; a fake loads them as its scenario's state. The keys
 * hold nothing the sequence's requests write, so putting them first is putting them at any time.
 */
export interface GivenState {
  readonly layers?: ReadonlyArray<Readonly<Record<string, unknown>>>
  readonly aliases?: ReadonlyArray<Readonly<Record<string, unknown>>>
  readonly triggers?: ReadonlyArray<Readonly<Record<string, unknown>>>
}

/** A named list of steps, run in order in a fresh tenant on a fresh fake. */
export interface Sequence {
  readonly name: string
  readonly steps: readonly Step[]
  /** What another writer put in etcd before the first step (absent: nothing). */
  readonly given?: GivenState
}

/** What a client saw of one request, bodies already normalized. */
export type Answer =
  | {
      readonly kind: 'response'
      readonly status: number
      /** null when absent; '' when present but empty (the real server does that). */
      readonly contentType: string | null
      readonly location: string | null
      readonly body: string
    }
  | { readonly kind: 'dropped' }
  /** An outage step was carried out (`Step.etcd`). */
  | { readonly kind: 'etcd'; readonly state: EtcdState }
  /** The face cannot carry this request at all (a GET or HEAD with a body through `fetch`). */
  | { readonly kind: 'not-carried' }

export interface Exchange {
  readonly request: Step
  readonly answer: Answer
}

export interface RecordedSequence {
  readonly name: string
  readonly exchanges: readonly Exchange[]
  readonly given?: GivenState
}

/**
 * fetch (and so `service.fetch` and MSW) refuses a body on GET and HEAD, and normalizes methods and
 * paths; only a raw HTTP client can send those requests as written.
 */
export function needsRawClient(step: Step): boolean {
  return step.raw === true || (step.body !== undefined && (step.method === 'GET' || step.method === 'HEAD'))
}
