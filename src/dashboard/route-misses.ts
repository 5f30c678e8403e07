/** Which route a journal entry missed, and the nearest ones, for the dashboard's "no route" view. */
import { type JournalEntry, toEntryFacts } from '../engine/journal.js'
import { FUNCTION_PREFIXES } from '../real-server/create-real-server.js'
import { compileMatch } from '../scenarios/compile-rule.js'
import { lazy } from '../support/lazy.js'
import type { RouteMiss } from './dashboard-source.js'

type Entry = JournalEntry

/** The real server's routes as scenario matches, compiled on the dashboard's first miss view. */
const routes = lazy(() =>
  [
    { method: 'GET', path: '/healthz' },
    ...FUNCTION_PREFIXES.flatMap((prefix) => [
      { method: ['GET', 'POST'], path: prefix },
      { method: ['GET', 'POST', 'PUT', 'DELETE'], path: `${prefix}/reserve-instance` },
      { method: ['GET', 'PUT', 'DELETE'], path: `${prefix}/:name` },
      { method: ['GET', 'POST'], path: `${prefix}/:name/versions` },
    ]),
    { method: ['GET', 'POST', 'DELETE'], path: '/serverless/v1/podpools' },
    { method: 'PUT', path: '/serverless/v1/podpools/:id' },
  ].map((match) => ({
    label: `${[match.method].flat().join('|')} ${match.path}`,
    path: match.path,
    check: compileMatch(match),
  })),
)

export function matchesAnyRoute(entry: Entry): boolean {
  return routes().some((route) => route.check(toEntryFacts(entry)).every((result) => result.ok))
}

/** The three routes closest to a request: most criteria met, then the longest shared path start. */
export function nearestRoutes(entry: Entry): RouteMiss[] {
  return routes()
    .map((route) => {
      const results = route.check(toEntryFacts(entry))
      const met = results.filter((result) => result.ok).length
      return { route, results, score: met * 1000 + sharedPrefix(route.path, entry.path) }
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, 3)
    .map(({ route, results }) => ({
      route: route.label,
      differences: results
        .filter((r) => !r.ok)
        .map((r) => `${r.criterion}: expected ${r.expected}, got ${r.actual}`),
    }))
}

function sharedPrefix(a: string, b: string): number {
  let index = 0
  while (index < a.length && a[index] === b[index]) index++
  return index
}
