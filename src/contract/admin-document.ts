import { z } from '../support/zod.js'
import { ComponentSchemas } from './json-schema-components.js'

/** Every admin error: what went wrong, and sometimes what exists (`known`, `routes`, `snapshots`). */
const adminErrorSchema = z.looseObject({ error: z.string() }).meta({ id: 'AdminError' })
/** Admin answers are plain JSON objects (2-space indented); their fields are listed per route. */
const adminAnswerSchema = z.looseObject({}).meta({ id: 'AdminAnswer' })

interface AdminRoute {
  readonly method: 'get' | 'post' | 'delete'
  readonly path: string
  readonly summary: string
  readonly notFound?: string
  readonly badRequest?: string
  readonly conflict?: string
}

/** The journal filters' 400: a pattern that cannot be matched in linear time is refused, not run. */
const FILTER_REFUSED =
  'An unknown key, a wrong type, or a pattern refused: `matches` takes a JavaScript regular expression ' +
  'without backreferences or lookarounds and of at most 256 steps (matched in time linear in the text), ' +
  '`path` a pattern of at most 128 characters from its first `*` or `:name` on, `json` values nested at ' +
  'most 64 levels; `error` and `key` say which.'

const ADMIN_ROUTES: readonly AdminRoute[] = [
  { method: 'get', path: '/health', summary: 'Status, active scenario, sessions, revision and record count' },
  { method: 'post', path: '/reset', summary: 'Reset the session (`?all=true`: every session)' },
  { method: 'get', path: '/scenarios', summary: 'Scenarios and the active one' },
  { method: 'post', path: '/scenarios/active/reset', summary: "Reset the active scenario's state" },
  { method: 'delete', path: '/scenarios/active', summary: 'Deactivate the scenario' },
  {
    method: 'post',
    path: '/scenarios/{name}/activate',
    summary: 'Activate a scenario',
    notFound: 'No such scenario (`known` lists them).',
    conflict: "The scenario's data cannot be built (a loaded function the server refuses); nothing changed.",
  },
  {
    method: 'get',
    path: '/requests',
    summary: 'The journal (filters: method, path, status)',
    badRequest: FILTER_REFUSED,
  },
  {
    method: 'post',
    path: '/requests/find',
    summary: 'Journal entries matching a filter, with near misses',
    badRequest: FILTER_REFUSED,
  },
  {
    method: 'post',
    path: '/requests/count',
    summary: 'How many journal entries match a filter',
    badRequest: FILTER_REFUSED,
  },
  { method: 'delete', path: '/requests', summary: 'Clear the journal' },
  { method: 'get', path: '/sessions', summary: 'The sessions' },
  { method: 'delete', path: '/sessions/{id}', summary: 'Drop a session', notFound: 'No such session.' },
  { method: 'post', path: '/snapshots', summary: "Snapshot the session's state" },
  { method: 'get', path: '/snapshots', summary: 'The snapshots' },
  {
    method: 'post',
    path: '/snapshots/{id}/restore',
    summary: 'Restore a snapshot',
    notFound: 'No such snapshot.',
  },
  { method: 'get', path: '/openapi.json', summary: "The real server's OpenAPI document" },
  { method: 'get', path: '/openapi.admin.json', summary: 'This document' },
  { method: 'get', path: '/docs', summary: 'The API reference, as HTML' },
]

/** The OpenAPI 3.1 document of the fake's own `/__admin` surface (never part of the real server). */
export function buildAdminOpenApiDocument(): Record<string, unknown> {
  const components = new ComponentSchemas()
  const answer = components.refById(adminAnswerSchema, 'AdminAnswer')
  const error = components.refById(adminErrorSchema, 'AdminError')
  const paths: Record<string, Record<string, unknown>> = {}
  for (const route of ADMIN_ROUTES) {
    const item = paths[`/__admin${route.path}`] ?? {}
    paths[`/__admin${route.path}`] = item
    item[route.method] = {
      summary: route.summary,
      parameters: [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      responses: {
        200: { description: 'Done.', content: { 'application/json': { schema: answer } } },
        ...(route.badRequest
          ? { 400: { description: route.badRequest, content: { 'application/json': { schema: error } } } }
          : {}),
        ...(route.notFound
          ? { 404: { description: route.notFound, content: { 'application/json': { schema: error } } } }
          : {}),
        ...(route.conflict
          ? { 409: { description: route.conflict, content: { 'application/json': { schema: error } } } }
          : {}),
        401: {
          description: 'An admin token is set and the request does not carry it.',
          content: { 'application/json': { schema: error } },
        },
      },
    }
  }
  return {
    openapi: '3.1.1',
    info: {
      title: 'yr-meta-mock /__admin',
      version: '1',
      description:
        "The fake's own control surface. Token: `Authorization: Bearer …` or `X-Admin-Token` when one is set. Session: the `X-Mock-Session` header picks the session an admin call works on.",
    },
    paths,
    components: { schemas: components.toComponents() },
  }
}
