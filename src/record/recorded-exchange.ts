/** One proxied request and the answer the upstream gave, as the recorder keeps it. */
export interface RecordedExchange {
  readonly method: string
  /** Percent-decoded, as rules match it. */
  readonly path: string
  /** Path and query exactly as sent on the wire. */
  readonly rawPath: string
  readonly query: Readonly<Record<string, string>>
  /** Already redacted. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
  readonly status: number
  /** null when the answer had none; '' when present but empty (the real server does that). */
  readonly contentType: string | null
  readonly location: string | null
  readonly responseBody: string
  /** When the upstream was asked and when it had answered (ms since the epoch). */
  readonly window: readonly [number, number]
}
