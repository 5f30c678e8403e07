/**
 * Answers the fake gives that the OpenAPI document (the real server's) does not describe, because
 * the fake still differs there from the real server. Each names its section of
 * test/golden/DIVERGENCES.md. It is a ratchet (test/support/answer-recorder.ts): an entry that no
 * answer of its suites matched any more fails those suites, so remove it when the fix lands.
 *
 * Empty since the real-server divergences were closed (issue 11).
 */
export interface FakeDivergence {
  readonly section: string
  readonly method: string
  readonly path: RegExp
  /** Every problem the validator reports for the answer matches this. */
  readonly problem: RegExp
  /** The test files (contract or property suites) whose answers show it: each must, or it fails. */
  readonly seenIn: RegExp
}

export const FAKE_DIVERGENCES: readonly FakeDivergence[] = []
