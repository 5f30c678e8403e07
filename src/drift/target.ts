import type { EtcdState, GivenState, Step } from './exchange.js'

/** The raw answer of a target before normalization. */
export type RawAnswer =
  | { kind: 'response'; status: number; contentType: string | null; location: string | null; body: string }
  | { kind: 'dropped' }
  | { kind: 'etcd'; state: EtcdState }
  | { kind: 'not-carried' }

/** Something that answers steps: a real server, or the fake on one face. */
export interface Target {
  readonly name: string
  /**
   * Called before each sequence: a fake goes back to an empty store; a real server keeps its data.
   * `given`: what another writer put in etcd first (a target that cannot put it throws).
   */
  beginSequence(given?: GivenState): Promise<void>
  send(step: Step): Promise<RawAnswer>
  /** Makes its etcd fail or brings it back (decision 0031); a target without it cannot run outage steps. */
  etcd?(state: EtcdState): Promise<void>
  /** The clock window (ms) of the last request: what the server's clock could read while answering it. */
  lastWindow(): readonly [number, number]
  close(): Promise<void>
}
