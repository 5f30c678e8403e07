import type { DomainContext } from '../domain/domain-context.js'
import type { ScenarioRuntime } from '../scenarios/scenario-runtime.js'
import type { Journal } from './journal.js'

/** The id of the session requests without an `x-mock-session` header use. */
export const DEFAULT_SESSION = ''

/** One isolated state: the store, the scenario progress and the journal. */
export interface Session {
  readonly id: string
  /** What the routes work on: the session's store, settings and clock. */
  readonly state: DomainContext
  readonly runtime: ScenarioRuntime
  readonly journal: Journal
  readonly createdAt: number
  lastUsedAt: number
}

/** How many sessions there may be and how long an idle one lives. */
export interface SessionLimits {
  /** Sessions beside the default one; the least recently used is dropped past it (default 100). */
  readonly max: number
  /** An idle session is dropped after this long (default 10 minutes). */
  readonly idleMs: number
}

export const DEFAULT_SESSION_LIMITS: SessionLimits = { max: 100, idleMs: 10 * 60_000 }

/**
 * The sessions of one fake, each created from the baseline on first use. Sessions other than the
 * default one are dropped when idle too long or when the pool is full (least recently used first).
 */
export class SessionPool {
  readonly #sessions = new Map<string, Session>()
  #lastExpiry = Number.NEGATIVE_INFINITY
  /** The session of the last `get`, already last in the map's order. */
  #mostRecent: string | undefined

  constructor(
    readonly limits: SessionLimits,
    private readonly create: (id: string) => Session,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The session of this id, created from the baseline if it does not exist. */
  get(id: string): Session {
    const now = this.clock()
    // Expiry is checked at most once a second: a scan per request would cost with many sessions.
    if (now - this.#lastExpiry >= 1000 || now < this.#lastExpiry) {
      this.#lastExpiry = now
      this.#expireIdle(now)
    }
    let session = this.#sessions.get(id)
    // Kept in least-recently-used order (the map's own insertion order); a run of requests in the
    // same session needs no reordering.
    if (session === undefined || id !== this.#mostRecent) {
      if (session) this.#sessions.delete(id)
      else session = this.create(id)
      this.#sessions.set(id, session)
      this.#mostRecent = id
      this.#evictOverflow()
    }
    session.lastUsedAt = now
    return session
  }

  /** An existing session, without creating or touching it. */
  peek(id: string): Session | undefined {
    return this.#sessions.get(id)
  }

  /**
   * The session of this id to read from: the existing one (touched, as a use), or else one built
   * from the baseline and not kept. Reads never create sessions, so they never push others out.
   */
  view(id: string): Session {
    return this.#sessions.has(id) ? this.get(id) : this.create(id)
  }

  /** Replaces a session's state (a reset or a restore); an absent one is added as by `get`. */
  replace(session: Session): void {
    const old = this.#sessions.get(session.id)
    if (old === undefined) {
      this.#sessions.set(session.id, session)
      this.#mostRecent = session.id
      this.#evictOverflow()
      return
    }
    if (old.journal !== session.journal) old.journal.close()
    this.#sessions.set(session.id, session)
  }

  list(): Session[] {
    return [...this.#sessions.values()]
  }

  /** How many sessions are live (`list().length`, without the list). */
  get size(): number {
    return this.#sessions.size
  }

  /** Drops a session (the default one is rebuilt on next use). */
  drop(id: string): boolean {
    const session = this.#sessions.get(id)
    if (session === undefined) return false
    this.#remove(id, session)
    return true
  }

  clear(): void {
    for (const [id, session] of this.#sessions) this.#remove(id, session)
  }

  /** Removes a session, giving its journal's entries back to the shared budget. */
  #remove(id: string, session: Session): void {
    this.#sessions.delete(id)
    if (this.#mostRecent === id) this.#mostRecent = undefined
    session.journal.close()
  }

  #expireIdle(now: number): void {
    for (const [id, session] of this.#sessions) {
      if (id !== DEFAULT_SESSION && now - session.lastUsedAt > this.limits.idleMs) this.#remove(id, session)
    }
  }

  /** Drops the least recently used sessions past the limit (the map is in use order, oldest first). */
  #evictOverflow(): void {
    let excess = this.#sessions.size - (this.#sessions.has(DEFAULT_SESSION) ? 1 : 0) - this.limits.max
    for (const [id, session] of this.#sessions) {
      if (excess <= 0) return
      if (id === DEFAULT_SESSION) continue
      this.#remove(id, session)
      excess--
    }
  }
}
