import type { ZodType } from 'zod'
import { lazy } from '../support/lazy.js'
import { z } from '../support/zod.js'
import type { DashboardSource } from './dashboard-source.js'

/** What a button sends: the action's name in the path, its fields as a JSON object. */
export type ActionFields = Readonly<Record<string, string | undefined>>

/** An action's outcome: a sentence for the status line, or a refusal with its HTTP status. */
export type ActionResult =
  | { readonly done: string }
  | { readonly error: string; readonly status: 400 | 404 | 507 }

/** The session a field names (`s:<id>`; the default session is `s:`). */
function sessionOf(fields: ActionFields): string | undefined {
  const value = fields.session
  return value?.startsWith('s:') ? value.slice(2) : undefined
}

const describe = (session: string) => (session === '' ? 'the default session' : `session "${session}"`)

const needSession = { error: 'this action needs a "session" field ("s:<id>")', status: 400 } as const

/** A button's operation and the fields it reads (any other field is a 400 naming it). */
export interface DashboardAction {
  /** Built on the action's first use: a fake whose dashboard is never used never builds them. */
  readonly fields: () => ZodType<ActionFields>
  run(source: DashboardSource, fields: ActionFields): Promise<ActionResult>
}

type Run = DashboardAction['run']

/** The fields an action reads, each an optional string. */
function withFields(names: readonly string[], run: Run): DashboardAction {
  return {
    fields: lazy(() =>
      z.strictObject(Object.fromEntries(names.map((name) => [name, z.string().optional()]))),
    ),
    run,
  }
}

/**
 * The dashboard's buttons by name, each a small operation on the source. A Map, not an object: a
 * name from the URL such as `toString` or `__proto__` must find nothing rather than a prototype's.
 */
export const ACTIONS: ReadonlyMap<string, DashboardAction> = new Map(
  Object.entries({
    activate: withFields(['name'], async (source, { name }) => {
      await source.activateScenario(name ? name : null)
      return {
        done: name
          ? `scenario "${name}" is active; every session is back to its data`
          : 'no scenario is active',
      }
    }),
    'reset-session': withFields(['session'], async (source, fields) => {
      const session = sessionOf(fields)
      if (session === undefined) return needSession
      await source.resetSession(session)
      return { done: `${describe(session)} is back to its baseline` }
    }),
    'restart-scenario': withFields(['session'], async (source, fields) => {
      const session = sessionOf(fields)
      if (session === undefined) return needSession
      source.restartScenario(session)
      return { done: `the scenario restarted in ${describe(session)}; its data is kept` }
    }),
    'delete-session': withFields(['session'], async (source, fields) => {
      const session = sessionOf(fields)
      if (session === undefined) return needSession
      source.deleteSession(session)
      return { done: `${describe(session)} was deleted` }
    }),
    snapshot: withFields(['session'], async (source, fields) => {
      const session = sessionOf(fields)
      if (session === undefined) return needSession
      const snapshot = source.takeSnapshot(session)
      if ('error' in snapshot) return { error: snapshot.error, status: 507 }
      return { done: `snapshot ${snapshot.id} of ${describe(session)} taken` }
    }),
    restore: withFields(['id', 'session'], async (source, fields) => {
      const session = sessionOf(fields)
      if (session === undefined || !fields.id)
        return { error: 'restore needs "id" and "session"', status: 400 }
      if (!source.restoreSnapshot(fields.id, session))
        return { error: `no snapshot "${fields.id}"`, status: 404 }
      return { done: `snapshot ${fields.id} restored into ${describe(session)}` }
    }),
  }),
)
