import type { JournalEntry, NearMiss, RequestFilter } from '../engine/journal.js'
import type { AdminClient } from './admin-client.js'

/** How many matching requests to expect, and in which session. */
export interface ReceivedOptions {
  /** Exactly this many; at least one when absent. */
  readonly times?: number
  readonly session?: string
}

/** Anything that can say which requests a fake received. */
export type ReceivedSource =
  | {
      readonly journal: {
        find(filter: RequestFilter, options?: { session?: string }): JournalEntry[]
        nearMisses(filter: RequestFilter, options?: { session?: string }): NearMiss[]
      }
    }
  | { readonly service: { readonly journal: ReceivedSourceJournal } }
  | AdminClient

type ReceivedSourceJournal = Extract<ReceivedSource, { journal: unknown }>['journal']

/** What a matcher reports, in the shape Vitest and Jest both read. */
export interface MatcherResult {
  readonly pass: boolean
  readonly message: () => string
}

/**
 * `expect(fake).toHaveReceived(filter, { times })`: checks the journal of a service, a running
 * server or an admin client. With an admin client the check goes over HTTP, so `await` it.
 */
export function toHaveReceived(
  this: { isNot?: boolean } | undefined,
  source: ReceivedSource,
  filter: RequestFilter,
  options: ReceivedOptions = {},
): MatcherResult | Promise<MatcherResult> {
  if ('find' in source) {
    return source
      .find(filter)
      .then(({ requests, nearMisses }) => judge(requests, nearMisses, filter, options))
  }
  const journal = 'journal' in source ? source.journal : source.service.journal
  const session = { session: options.session }
  return judge(journal.find(filter, session), journal.nearMisses(filter, session), filter, options)
}

function judge(
  found: JournalEntry[],
  misses: NearMiss[],
  filter: RequestFilter,
  options: ReceivedOptions,
): MatcherResult {
  const pass = options.times === undefined ? found.length > 0 : found.length === options.times
  const wanted = options.times === undefined ? 'at least 1 request' : `exactly ${options.times} request(s)`
  const where = options.session ? ` in session "${options.session}"` : ''
  return {
    pass,
    message: () =>
      pass
        ? `expected not ${wanted} matching ${JSON.stringify(filter)}${where}, but received ${found.length}:\n${found.map(describeEntry).join('\n')}`
        : `expected ${wanted} matching ${JSON.stringify(filter)}${where}, received ${found.length}.\n${describeMisses(misses)}`,
  }
}

function describeEntry(entry: JournalEntry): string {
  const answer = entry.status === null ? entry.outcome : String(entry.status)
  const query = new URLSearchParams(entry.query as Record<string, string>).toString()
  return `  #${entry.id} ${entry.method} ${entry.path}${query ? `?${query}` : ''} → ${answer}`
}

function describeMisses(misses: NearMiss[]): string {
  if (misses.length === 0) return 'No request was received at all.'
  const lines = misses.map(({ entry, differences }) => {
    const diffs = differences.map((d) => `      ${d.criterion}: expected ${d.expected}, got ${d.actual}`)
    return [describeEntry(entry), ...diffs].join('\n')
  })
  return `Nearest requests received:\n${lines.join('\n')}`
}

/** The matchers to pass to `expect.extend` (Vitest or Jest). */
export const metaMockMatchers = { toHaveReceived }
