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

/** The dashboard's buttons, each a small operation on the source. */
export const ACTIONS: Record<
  string,
  (source: DashboardSource, fields: ActionFields) => Promise<ActionResult>
> = {
  activate: async (source, { name }) => {
    await source.activateScenario(name ? name : null)
    return {
      done: name
        ? `scenario "${name}" is active; every session is back to its data`
        : 'no scenario is active',
    }
  },
  'reset-session': async (source, fields) => {
    const session = sessionOf(fields)
    if (session === undefined) return needSession
    await source.resetSession(session)
    return { done: `${describe(session)} is back to its baseline` }
  },
  'restart-scenario': async (source, fields) => {
    const session = sessionOf(fields)
    if (session === undefined) return needSession
    source.restartScenario(session)
    return { done: `the scenario restarted in ${describe(session)}; its data is kept` }
  },
  'delete-session': async (source, fields) => {
    const session = sessionOf(fields)
    if (session === undefined) return needSession
    source.deleteSession(session)
    return { done: `${describe(session)} was deleted` }
  },
  snapshot: async (source, fields) => {
    const session = sessionOf(fields)
    if (session === undefined) return needSession
    const snapshot = source.takeSnapshot(session)
    if ('error' in snapshot) return { error: snapshot.error, status: 507 }
    return { done: `snapshot ${snapshot.id} of ${describe(session)} taken` }
  },
  restore: async (source, fields) => {
    const session = sessionOf(fields)
    if (session === undefined || !fields.id) return { error: 'restore needs "id" and "session"', status: 400 }
    if (!source.restoreSnapshot(fields.id, session))
      return { error: `no snapshot "${fields.id}"`, status: 404 }
    return { done: `snapshot ${fields.id} restored into ${describe(session)}` }
  },
}
