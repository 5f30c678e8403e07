import type { RuleMatch, ScenarioInput } from '../scenarios/scenario-schema.js'
import type { RecordedExchange } from './recorded-exchange.js'

type RuleInput = NonNullable<ScenarioInput['rules']>[number]

/** Headers that choose what the real server answers on (tenant and product scope): rules match on them. */
const SCOPE_HEADERS = ['x-tenant-id', 'x-product-id'] as const

/** What a fixture made from a recording says about itself. */
export interface FixtureOptions {
  readonly name?: string
  readonly description?: string
  /** The `$schema` reference written at the top (an editor's completion). */
  readonly schema?: string
}

/**
 * Turns recorded exchanges into a scenario that answers them again. Each distinct request (method,
 * path, query, scope headers, every top-level field of its JSON body) becomes a group of rules; the
 * repeats of one request answer in the order they were recorded, the last answer standing for any
 * further repeat (WireMock's "repeats as scenarios"). See decisions/0014.
 */
export function toRecordedFixture(exchanges: readonly RecordedExchange[], options: FixtureOptions = {}) {
  const groups = new Map<string, { match: RuleMatch; positions: number[] }>()
  exchanges.forEach((exchange, position) => {
    const { match, key } = matchOf(exchange)
    const group = groups.get(key) ?? { match, positions: [] }
    group.positions.push(position)
    groups.set(key, group)
  })
  // A group whose match has more criteria goes first: a looser group could otherwise take (and count) its requests.
  const ordered = [...groups.values()].sort((a, b) => criteriaOf(b.match) - criteriaOf(a.match))
  const rules = ordered.flatMap((group) => toGroupRules(group.match, group.positions, exchanges))
  return {
    $schema: options.schema ?? 'https://unpkg.com/yr-meta-mock/schema/scenario.schema.json',
    ...(options.name === undefined ? {} : { name: options.name }),
    description: options.description ?? `${exchanges.length} exchanges recorded by yr-meta-mock --record`,
    functions: 0,
    docExample: false,
    rules,
  } satisfies ScenarioInput
}

/**
 * The rules of one request, last repeat first: a rule counts the calls it matches until one fires,
 * so with the later repeats tried first every rule of the group has seen every call, and `nth` holds.
 */
function toGroupRules(
  match: RuleMatch,
  positions: readonly number[],
  exchanges: readonly RecordedExchange[],
) {
  const rules: RuleInput[] = positions.map((position, index) => {
    const exchange = exchanges[position] as RecordedExchange
    const nth = index + 1
    const last = nth === positions.length
    return {
      name: `${exchange.method} ${exchange.rawPath}${positions.length > 1 ? ` (${nth} of ${positions.length})` : ''}`,
      match,
      calls: last ? { from: nth } : { nth },
      respond: toRespond(exchange),
      recorded: {
        method: exchange.method,
        path: exchange.rawPath,
        headers: exchange.headers,
        ...(exchange.body === '' ? {} : { body: exchange.body }),
        window: [...exchange.window] as [number, number],
        position,
      },
    }
  })
  return rules.reverse()
}

/**
 * Each exchange's match and its text, made once: a recording being written to a file is turned into a
 * fixture again and again, and a match holds the request body's fields (up to the body limit).
 */
const matches = new WeakMap<RecordedExchange, { readonly match: RuleMatch; readonly key: string }>()

function matchOf(exchange: RecordedExchange): { readonly match: RuleMatch; readonly key: string } {
  let known = matches.get(exchange)
  if (known === undefined) {
    const match = toMatch(exchange)
    known = { match, key: JSON.stringify(match) }
    matches.set(exchange, known)
  }
  return known
}

function toMatch(exchange: RecordedExchange): RuleMatch {
  const headers: Record<string, string> = {}
  for (const name of SCOPE_HEADERS) {
    const value = exchange.headers[name]
    if (value !== undefined) headers[name] = value
  }
  const json = toJsonFields(exchange.body)
  return {
    method: exchange.method,
    path: exchange.path,
    ...(Object.keys(exchange.query).length > 0 ? { query: { ...exchange.query } } : {}),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...(json ? { json } : {}),
  }
}

function toJsonFields(body: string): Record<string, unknown> | undefined {
  if (body.trim() === '') return undefined
  try {
    const value: unknown = JSON.parse(body)
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>
  } catch {
    // not JSON: the rest of the match tells the requests apart
  }
  return undefined
}

function criteriaOf(match: RuleMatch): number {
  return (
    Object.keys(match.query ?? {}).length +
    Object.keys(match.headers ?? {}).length +
    Object.keys(match.json ?? {}).length
  )
}

function toRespond(exchange: RecordedExchange) {
  const headers: Record<string, string> = {}
  if (exchange.contentType !== null) headers['content-type'] = exchange.contentType
  if (exchange.location !== null) headers.location = exchange.location
  return { status: exchange.status, headers, body: exchange.responseBody }
}
