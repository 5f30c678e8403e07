import type { DomainContext } from '../domain/domain-context.js'
import type { FunctionFixture } from '../seed/function-fixture.js'
import type { MetaStore } from '../store/meta-store.js'
import { applyFixtureDiff } from './apply-fixture-diff.js'
import { FixtureLoadError } from './baseline.js'
import type { FixtureDiff } from './fixture-diff.js'
import type { Session } from './session-pool.js'

/**
 * How many times sessions whose data changed while a reload was prepared are prepared again before
 * the reload gives up (requests wait for a reload, so only a write already in flight can do that).
 */
const MAX_ROUNDS = 3

/** A change of loaded functions, to apply to the template and to every session's data. */
export interface FixtureChange {
  readonly template: DomainContext
  /** The sessions as they are now (read again after each step: sessions come and go meanwhile). */
  readonly sessions: () => readonly Session[]
  readonly diff: FixtureDiff
  /** Where a fixture is written (`fixtures/a.json at /load/2`), for messages. */
  readonly placeOf: (fixture: FunctionFixture) => string
}

/**
 * Applies a change of loaded functions all at once or not at all: it is written into copies of the
 * template and of every session's data first, and only when every copy took it are they swapped
 * in, in one synchronous step (`commit` receives the new template; each session's store then takes
 * its copy's data). A function refused anywhere throws a `FixtureLoadError` naming the file, the
 * key and the session, and nothing has changed (issue 23: a reload that failed half way was half live).
 */
export async function applyFixtureChange(
  change: FixtureChange,
  commit: (template: MetaStore) => void,
): Promise<void> {
  const template = await patchCopy(change, change.template, undefined)
  const copies = new Map<MetaStore, { readonly identity: object; readonly copy: MetaStore }>()
  const isStale = (session: Session) =>
    copies.get(session.state.store)?.identity !== session.state.store.dataIdentity
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const sessions = change.sessions()
    const stale = sessions.filter(isStale)
    if (stale.length === 0) {
      commit(template)
      for (const { state } of sessions) {
        const prepared = copies.get(state.store)
        if (prepared) state.store.replaceWith(prepared.copy)
      }
      return
    }
    for (const session of stale) {
      const { store } = session.state
      const identity = store.dataIdentity
      copies.set(store, { identity, copy: await patchCopy(change, session.state, session.id) })
    }
  }
  throw new Error(`sessions kept changing while the reload was prepared (${MAX_ROUNDS} times)`)
}

/** A copy of `ctx`'s data with the change applied; the data itself is not touched. */
async function patchCopy(
  change: FixtureChange,
  ctx: DomainContext,
  session: string | undefined,
): Promise<MetaStore> {
  const store = ctx.store.clone()
  try {
    await applyFixtureDiff({ ...ctx, store }, change.diff)
  } catch (error) {
    throw error instanceof FixtureLoadError ? error.at(change.placeOf(error.fixture), session) : error
  }
  return store
}
