import type { Context } from 'hono'
import type { ZodType } from 'zod'
import { setOwnKey } from '../go/own-key.js'
import { findDuplicateKey } from '../support/duplicate-keys.js'
import { z } from '../support/zod.js'
import { SESSION_HEADER } from '../wire/session-header.js'
import { toAdminError } from './admin-responses.js'

/** Where an admin input came from, for the 400 that names it. */
type InputPlace = 'query' | 'body'

/** Every admin route's query may choose the session, as the `x-mock-session` header does. */
export const sessionQuerySchema = z.strictObject({
  session: z.string().optional().describe('the session, as the x-mock-session header'),
})

/** A body for routes that take none: absent, empty, or `{}`. */
export const noBodySchema = z.strictObject({})

/** A query for routes that are about no session (or every one): none at all. */
export const noQuerySchema = z.strictObject({})

/** A validated input, or the 400 that says what is wrong with it. */
export type Checked<T> = { readonly data: T } | Response

/** What an admin route reads, validated: its query, its body, and the session it is about. */
export interface AdminInput<Q, B> {
  readonly query: Q
  readonly body: B
  /** From `?session=` or the `x-mock-session` header; the empty string is the default session. */
  readonly session: string
}

/**
 * Reads and validates an admin call's query and body with strict schemas: an unknown key, a wrong
 * type or a key given twice is a 400 that names the key and lists the allowed ones, so a misspelt
 * filter can never silently match everything.
 */
export async function readAdminInput<Q extends object, B = Record<string, never>>(
  c: Context,
  schemas: { readonly query?: ZodType<Q>; readonly body?: ZodType<B> },
): Promise<AdminInput<Q, B> | Response> {
  const query = readAdminQuery(c, schemas.query ?? sessionQuerySchema)
  if (query instanceof Response) return query
  const body = await readAdminBody<unknown>(c, schemas.body ?? noBodySchema)
  if (body instanceof Response) return body
  // A query schema without `session` (a route about no session) leaves it to the header.
  const session = toSession(c, (query.data as { session?: string }).session)
  if (session instanceof Response) return session
  return { query: query.data as Q, body: body.data as B, session }
}

/** An admin call's query alone, checked as `readAdminInput` checks it (for routes with no session). */
export function readAdminQuery<Q>(c: Context, schema: ZodType<Q>): Checked<Q> {
  return validate(schema, toQueryObject(c.req.url), 'query')
}

/** An admin call's body alone, checked as `readAdminInput` checks it. */
export function readAdminBody<B>(c: Context, schema: ZodType<B>): Promise<Checked<B>> {
  return readBody(c.req.raw, schema)
}

/** The session named by `?session=` or the header; both given and different is a mistake. */
function toSession(c: Context, fromQuery: string | undefined): string | Response {
  const fromHeader = c.req.header(SESSION_HEADER)
  if (fromQuery !== undefined && fromHeader !== undefined && fromQuery !== fromHeader)
    return toAdminError(
      400,
      `the session is given twice and differs: ?session=${JSON.stringify(fromQuery)} and ` +
        `${SESSION_HEADER}: ${JSON.stringify(fromHeader)}; give one`,
      { key: 'session', allowed: ['?session=', SESSION_HEADER] },
    )
  return fromQuery ?? fromHeader ?? ''
}

/** The query as an object; a key given twice becomes an array, which no schema accepts. */
function toQueryObject(url: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  // No `?`, no query: most calls (`/__admin/health` under the soak's mix) are spared parsing the URL.
  if (!url.includes('?')) return query
  for (const [key, value] of new URL(url).searchParams) {
    const seen = Object.hasOwn(query, key) ? query[key] : undefined
    setOwnKey(query, key, seen === undefined ? value : [seen, value].flat())
  }
  return query
}

async function readBody<B>(request: Request, schema: ZodType<B>): Promise<Checked<B>> {
  // No body at all reads as `{}`; a GET's is always empty (Fetch drops it), so it is not read: on
  // the Node face reading it would build a full Request for nothing.
  const bodiless = request.method === 'GET' || request.method === 'HEAD'
  if (bodiless) return validate(schema, {}, 'body')
  const text = (await request.text()).trim() || '{}'
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return toAdminError(400, `the body is not valid JSON: ${(error as Error).message}`, {
      allowed: allowedKeys(schema),
    })
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return toAdminError(400, `the body must be a JSON object with the keys ${listKeys(schema)}`, {
      allowed: allowedKeys(schema),
    })
  return refuseRepeatedKey(text, schema) ?? validate(schema, parsed, 'body')
}

/**
 * A 400 for a key the body gives twice, at any depth: JSON.parse keeps the last one silently, so
 * `{"method":"GET","method":"POST"}` would check something other than what its writer read.
 */
function refuseRepeatedKey(text: string, schema: ZodType): Response | undefined {
  const repeated = findDuplicateKey(text)
  if (repeated === undefined) return undefined
  const key = repeated.path.join('.')
  return toAdminError(400, `"${key}" is given more than once in the body; give each key once`, {
    key,
    allowed: allowedKeys(schema),
  })
}

/**
 * The schemas an empty input (`{}`: no query, no body) was found valid for, reading as `{}`. Most
 * admin calls send neither (`GET /__admin/health`), and zod's checks of the two empty objects cost
 * ~3 µs of an average request of the soak's mix (profiled). The schemas are fixed objects whose
 * verdict on `{}` cannot change; one that fills defaults into it is never remembered.
 */
const emptyInputValid = new WeakSet<ZodType>()

function validate<T>(schema: ZodType<T>, value: unknown, place: InputPlace): Checked<T> {
  const empty = isEmptyObject(value)
  if (empty && emptyInputValid.has(schema)) return { data: {} as T }
  const result = schema.safeParse(value, { reportInput: true })
  if (result.success) {
    if (empty && isEmptyObject(result.data)) emptyInputValid.add(schema)
    return { data: result.data }
  }
  const issues = result.error.issues.map((issue) => describeIssue(issue, place))
  const [first] = issues as [{ key: string; message: string }]
  return toAdminError(400, first.message, {
    key: first.key,
    allowed: allowedKeys(schema),
    ...(issues.length > 1 ? { issues } : {}),
  })
}

/** A plain object with no own keys (what an absent query or body reads as). */
function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return false
  for (const _ in value) return false
  return true
}

function describeIssue(issue: z.core.$ZodIssue, place: InputPlace): { key: string; message: string } {
  const where = issue.path.map(String).join('.')
  if (issue.code === 'unrecognized_keys') {
    const key = [where, issue.keys[0]].filter(Boolean).join('.')
    return { key, message: `unknown key "${issue.keys.join('", "')}" in the ${place}` }
  }
  if (Array.isArray(issue.input) && place === 'query')
    return {
      key: where,
      message: `"${where}" is given more than once in the query (${issue.input.join(', ')})`,
    }
  return { key: where, message: `"${where}" in the ${place}: ${issue.message}` }
}

/** The keys an admin schema allows at its top level (every admin schema is a strict object). */
function allowedKeys(schema: ZodType): string[] {
  return Object.keys((schema as { shape?: Record<string, unknown> }).shape ?? {})
}

function listKeys(schema: ZodType): string {
  return allowedKeys(schema)
    .map((key) => `"${key}"`)
    .join(', ')
}
