import { describe, expect, it, vi } from 'vitest'
import type { DomainContext } from '../../src/domain/domain-context.js'
import { DEFAULT_META_CONFIG } from '../../src/domain/meta-config.js'
import { FixtureLoadError, loadFixtures } from '../../src/engine/baseline.js'
import { diffFixtures } from '../../src/engine/fixture-diff.js'
import { applyFixtureChange, type FixtureChange } from '../../src/engine/fixture-reload.js'
import type { Session } from '../../src/engine/session-pool.js'
import { toScope } from '../../src/model/scope.js'
import { defineSlot } from '../../src/store/keyed-slot.js'
import { MetaStore } from '../../src/store/meta-store.js'

// A change of loaded functions goes into copies first, and is swapped in whole or not at all.

const MARK = defineSlot<string>('test-mark')
const scope = toScope('default')
const context = (store = new MetaStore()): DomainContext => ({
  store,
  config: DEFAULT_META_CONFIG,
  now: () => new Date(Date.UTC(2026, 0, 1)),
})
const sessionOf = (id: string, template: DomainContext) =>
  ({ id, state: context(template.store.clone()) }) as unknown as Session
const ADDED = diffFixtures([], [{ name: 'added' }])
const has = (store: MetaStore, name: string) => store.findFunction(scope, name) !== undefined

function changeOf(template: DomainContext, sessions: () => readonly Session[]): FixtureChange {
  return { template, sessions, diff: ADDED, placeOf: () => 'file.json at /load/0' }
}

describe('applyFixtureChange', () => {
  it('swaps the change into the template and every session at once', async () => {
    const template = context()
    const sessions = [sessionOf('a', template), sessionOf('b', template)]
    const commit = vi.fn((store: MetaStore) => {
      // At the commit nothing is swapped into the sessions yet: all of them follow in the same step.
      expect(has(store, 'added')).toBe(true)
      for (const session of sessions) expect(has(session.state.store, 'added')).toBe(false)
    })
    await applyFixtureChange(
      changeOf(template, () => sessions),
      commit,
    )
    expect(commit).toHaveBeenCalledOnce()
    expect(has(template.store, 'added')).toBe(false)
    for (const session of sessions) expect(has(session.state.store, 'added')).toBe(true)
  })

  it('changes nothing when one session refuses a function, naming the place and the session', async () => {
    const template = context()
    const clean = sessionOf('clean', template)
    const taken = sessionOf('taken', template)
    await loadFixtures(taken.state, [{ name: 'added' }])
    const commit = vi.fn()
    const applied = applyFixtureChange(
      changeOf(template, () => [clean, taken]),
      commit,
    )
    await expect(applied).rejects.toThrow(FixtureLoadError)
    await expect(applied).rejects.toThrow(
      'file.json at /load/0: cannot load function "added" into session "taken"',
    )
    expect(commit).not.toHaveBeenCalled()
    expect(has(clean.state.store, 'added')).toBe(false)
  })

  it('prepares again a session written while its copy was prepared, keeping the write', async () => {
    const template = context()
    const session = sessionOf('busy', template)
    let reads = 0
    const sessions = () => {
      // The second look finds a write that landed after the first copy was made.
      if (++reads === 2) session.state.store.commitSlot(MARK, [['write', 'kept']])
      return [session]
    }
    await applyFixtureChange(changeOf(template, sessions), () => undefined)
    expect(session.state.store.slot(MARK).get('write')).toBe('kept')
    expect(has(session.state.store, 'added')).toBe(true)
  })

  it('gives up, changing nothing, when sessions keep changing', async () => {
    const template = context()
    const session = sessionOf('restless', template)
    let writes = 0
    const sessions = () => {
      session.state.store.commitSlot(MARK, [['write', String(++writes)]])
      return [session]
    }
    const commit = vi.fn()
    await expect(applyFixtureChange(changeOf(template, sessions), commit)).rejects.toThrow(
      'sessions kept changing while the reload was prepared (3 times)',
    )
    expect(commit).not.toHaveBeenCalled()
    expect(has(session.state.store, 'added')).toBe(false)
  })
  it('gives up after the third round that finds a change, even when the next would find none', async () => {
    const template = context()
    const session = sessionOf('three-writes', template)
    let reads = 0
    const sessions = () => {
      // A write before each of the first three looks: every round prepares the session again.
      if (++reads <= 3) session.state.store.commitSlot(MARK, [['write', String(reads)]])
      return [session]
    }
    const commit = vi.fn()
    await expect(applyFixtureChange(changeOf(template, sessions), commit)).rejects.toThrow('(3 times)')
    expect(commit).not.toHaveBeenCalled()
  })
})
