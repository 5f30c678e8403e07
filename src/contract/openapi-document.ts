import { z } from '../support/zod.js'
import { goNameOf } from './go-schema.js'
import { ComponentSchemas, type JsonSchema } from './json-schema-components.js'
import { RELEASE_SCHEMA_SWAPS } from './release-response-schemas.js'
import {
  errorBodySchema,
  frontendErrorSchema,
  frontendForwardErrorSchema,
  NAMED_RESPONSE_SCHEMAS,
} from './response-schemas.js'
import { FUNCTION_ROUTES, POD_POOL_ROUTES, type RouteAnswer, type RouteSpec } from './routes.js'
import { DEFAULT_SERVER_VERSION, type ServerVersion } from './server-version.js'
import { FRONTEND_UNROUTED_RESPONSES, UNROUTED_RESPONSES } from './unrouted.js'

export type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, unknown>> }

/** The build of the real server the document was checked against (the golden corpus's). */
export const REAL_SERVER_BUILD = 'meta_service cd468dbaf99d5dd03fb985e7f7a057f9ba0e022a'

/** Each release's build, as its document names it: the functionsystem commit of its tag. */
const RELEASE_BUILDS: Readonly<Record<ServerVersion, string>> = {
  '0.7.0': 'meta_service v0.7.0 8ecb1b5994f400c4edb1252859bd7b601c722c30',
  '0.8.0': 'meta_service v0.8.0 53a3b9e819373bd47c0900403e3c0426d98bff96',
  '0.10.0': REAL_SERVER_BUILD,
}

/** A schema as this document's release has it (the newest's when the release did not change it). */
type Swap = (schema: z.ZodType) => z.ZodType

/** The prefixes the function routes are served under: the real server's, and the frontend proxy's. */
export const FUNCTION_PREFIXES = ['/serverless/v1', '/admin/v1'] as const

const DESCRIPTION = `The HTTP API of openYuanrong's meta_service, as the real binary answers it, quirks included.
Everything here is generated from the zod schemas yr-meta-mock answers with, and checked against answers
recorded from the real server.

- Tenancy: \`X-Tenant-ID\` (empty: the default tenant) and \`X-Product-ID\` scope every function route.
- Request bodies are decoded by Go's \`encoding/json\`: unknown keys are ignored, keys match case-insensitively,
  \`null\` leaves a field unset, and a wrong JSON type is error 130600 with Go's own message.
- The "500 writer" (\`repoutils.BadRequest\`) answers HTTP 500 with a Content-Type header that is present but
  empty (\`x-content-type: ""\` on those responses); its body is still JSON.
- Function routes are also served under \`/admin/v1\` by the frontend's forwarder, which passes each request on to
  meta_service and answers for it where it would drop the connection (502) and on paths it has no route for
  (\`x-frontend\`); \`isAdmin\` (any non-empty value)
  asks for the admin shapes: \`{"code":0,"message":"","result":…}\` instead of \`{"code":0,"message":"SUCCESS","function":…}\`.
- Paths and methods no route takes answer as \`x-unrouted\` says (gin's 404 and trailing-slash redirects); HEAD
  is never routed (404 with an empty body).
- \`/healthz\` answers 200 with an empty body and a Content-Type header that is present but empty.`

/**
 * The OpenAPI 3.1 document of one release's meta_service routes (default the newest): the same
 * routes, with that release's request bodies and function shapes (decision 0025).
 * @example buildOpenApiDocument('0.8.0').info.version // 'meta_service v0.8.0 53a3b9e8…'
 */
export function buildOpenApiDocument(serverVersion: ServerVersion = DEFAULT_SERVER_VERSION): OpenApiDocument {
  const swaps = RELEASE_SCHEMA_SWAPS[serverVersion]
  const swap: Swap = (schema) => swaps.get(schema) ?? schema
  const components = new ComponentSchemas()
  // Named first, so a schema nested in another is a `$ref` to its own component.
  for (const schema of NAMED_RESPONSE_SCHEMAS) components.refById(swap(schema), 'unnamed')
  const paths: Record<string, Record<string, unknown>> = {
    '/healthz': { get: healthzOperation() },
  }
  for (const prefix of FUNCTION_PREFIXES) {
    for (const route of FUNCTION_ROUTES) addOperation(paths, prefix, route, components, swap)
  }
  for (const route of POD_POOL_ROUTES) addOperation(paths, '/serverless/v1', route, components, swap)
  const version = RELEASE_BUILDS[serverVersion]
  const release =
    serverVersion === DEFAULT_SERVER_VERSION
      ? ''
      : `\n\nThis is openYuanrong ${serverVersion}'s meta_service.`
  return {
    openapi: '3.1.1',
    info: { title: 'openYuanrong meta_service', version, description: DESCRIPTION + release },
    servers: [{ url: 'http://127.0.0.1:31690', description: 'yr-meta-mock, or the real meta_service' }],
    tags: [
      { name: 'functions', description: 'Functions and their `$latest`.' },
      { name: 'versions', description: 'Published versions.' },
      { name: 'reserve-instance', description: 'Reserved instances of FaaS functions, by label.' },
      { name: 'podpools', description: 'Pod pools (global, only under `/serverless/v1`).' },
      { name: 'health', description: 'Liveness.' },
    ],
    paths,
    components: {
      schemas: components.toComponents(),
      responses: { ...UNROUTED_RESPONSES, ...FRONTEND_UNROUTED_RESPONSES },
    },
    'x-unrouted': {
      description:
        'gin answers a path or method no route takes with 404 `404 page not found` (text/plain; empty for HEAD); a path with a trailing slash whose slashless form matches a route is redirected: 301 with a small HTML body for GET, 307 with no body otherwise.',
      404: { $ref: '#/components/responses/PageNotFound' },
      301: { $ref: '#/components/responses/MovedPermanently' },
      307: { $ref: '#/components/responses/TemporaryRedirect' },
    },
    'x-frontend': {
      description:
        'Under `/admin/v1` the frontend answers some requests itself, on any path: 404 `404 page not found` with `text/plain; charset=utf-8` (empty for HEAD) where none of its routes takes the path and method, never a redirect; 500 `{"message":"failed to create forward request"}` where it cannot build the URL to forward to (a bad `%` escape or a control character in the decoded path).',
      prefix: '/admin/v1/',
      answers: {
        404: { $ref: '#/components/responses/FrontendPageNotFound' },
        500: {
          description: 'The frontend could not build the forwarded request.',
          content: {
            'application/json': {
              schema: components.refById(frontendForwardErrorSchema, 'FrontendForwardError'),
            },
          },
        },
      },
    },
  }
}

function addOperation(
  paths: Record<string, Record<string, unknown>>,
  prefix: string,
  route: RouteSpec,
  components: ComponentSchemas,
  swap: Swap,
): void {
  const path = `${prefix}${route.path}`
  const item = paths[path] ?? {}
  paths[path] = item
  item[route.method] = toOperation(prefix, route, components, swap)
}

function toOperation(prefix: string, route: RouteSpec, components: ComponentSchemas, swap: Swap): JsonSchema {
  const viaAdmin = prefix === '/admin/v1'
  const drops =
    route.drops &&
    (viaAdmin
      ? `meta_service drops the connection (the frontend answers 502): ${route.drops}`
      : `Dropped connection: ${route.drops}`)
  const description = [route.description, drops].filter(Boolean).join('\n\n')
  return {
    operationId: viaAdmin ? `${route.operationId}ViaAdmin` : route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(description ? { description } : {}),
    parameters: toParameters(route),
    ...(route.request ? { requestBody: toRequestBody(route, components, swap) } : {}),
    responses: {
      ...toResponses(route, components, swap),
      ...(viaAdmin && route.drops ? { 502: frontendDropResponse(route.drops, components) } : {}),
    },
    ...(!viaAdmin && route.drops ? { 'x-drops-connection': route.drops } : {}),
  }
}

/** Where meta_service drops the connection, the frontend's `client.Do` fails and it answers 502. */
function frontendDropResponse(drops: string, components: ComponentSchemas): JsonSchema {
  return {
    description: `meta_service dropped the connection; the frontend answers for it. (${drops})`,
    content: { 'application/json': { schema: components.refById(frontendErrorSchema, 'FrontendError') } },
  }
}

const TENANT_HEADERS = [
  {
    name: 'X-Tenant-ID',
    in: 'header',
    schema: { type: 'string' },
    description: 'Empty: the default tenant.',
  },
  { name: 'X-Product-ID', in: 'header', schema: { type: 'string' } },
]

function toParameters(route: RouteSpec): JsonSchema[] {
  const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    // gin matches a segment on the decoded path; only the versions routes take an empty one.
    schema: route.emptyPathParameter ? { type: 'string' } : { type: 'string', minLength: 1 },
  }))
  const query = (route.query ?? []).map((param) => ({
    name: param.name,
    in: 'query',
    description: param.description,
    schema: { type: 'string' },
  }))
  const headers = route.tag === 'podpools' ? [] : TENANT_HEADERS
  return [...pathParams, ...query, ...headers]
}

function toRequestBody(route: RouteSpec, components: ComponentSchemas, swap: Swap): JsonSchema {
  const request = swap(route.request as z.ZodType)
  const schema = components.ref(request, (goNameOf(request) ?? route.operationId).replace(/^model\./, ''))
  return { required: false, content: { 'application/json': { schema } } }
}

/**
 * One response per status. Where the real server answers one status both ways (the 500 writer with an
 * empty Content-Type, and JSON: a missing version and etcd down on a function GET), the earlier one
 * rides along as `x-also`, which the answer checks accept as well.
 */
function toResponses(route: RouteSpec, components: ComponentSchemas, swap: Swap): Record<string, JsonSchema> {
  const responses: Record<string, JsonSchema> = {}
  for (const answer of route.answers) {
    const status = String(answer.status)
    const response = toResponse(route, answer, components, swap)
    const earlier = responses[status]
    responses[status] = earlier ? { ...response, 'x-also': earlier } : response
  }
  return responses
}

function toResponse(
  route: RouteSpec,
  answer: RouteAnswer,
  components: ComponentSchemas,
  swap: Swap,
): JsonSchema {
  const schema = answer.errors
    ? components.ref(toErrorSchema(answer), `Error${errorCodesOf(answer).join('Or')}`)
    : toBodySchema(route, answer, components, swap)
  const codes = answer.errors?.map((e) => `- \`${e.code}\`: ${e.message}`).join('\n')
  return {
    description: codes ? `${answer.description}\n\n${codes}` : answer.description,
    ...(answer.type === 'empty-content-type' ? { 'x-content-type': '' } : {}),
    ...(answer.errors ? { 'x-error-codes': answer.errors } : {}),
    content: { 'application/json': { schema } },
  }
}

function toBodySchema(
  route: RouteSpec,
  answer: RouteAnswer,
  components: ComponentSchemas,
  swap: Swap,
): JsonSchema {
  const refs = (answer.bodies ?? []).map((body, i) =>
    components.refById(swap(body), `${upperFirst(route.operationId)}Response${i}`),
  )
  return refs.length === 1 ? (refs[0] as JsonSchema) : { anyOf: refs }
}

/** The error body with its `code` narrowed to the codes this answer carries. */
const errorSchemas = new Map<string, z.ZodType>()
function toErrorSchema(answer: RouteAnswer): z.ZodType {
  const codes = errorCodesOf(answer)
  const key = codes.join(',')
  let schema = errorSchemas.get(key)
  if (!schema) {
    schema = errorBodySchema.extend({ code: z.literal(codes as [number, ...number[]]) })
    errorSchemas.set(key, schema)
  }
  return schema
}

function errorCodesOf(answer: RouteAnswer): number[] {
  return [...new Set((answer.errors ?? []).map((e) => e.code))].sort((a, b) => a - b)
}

function healthzOperation(): JsonSchema {
  return {
    operationId: 'healthz',
    tags: ['health'],
    summary: 'Liveness',
    responses: {
      200: {
        description: 'An empty body, with a Content-Type header that is present but empty.',
        'x-content-type': '',
      },
    },
  }
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * The shipped file of a release's document: `openapi.json` for the newest, `openapi-0.8.0.json` for
 * an older one. @example toOpenApiFileName('0.7.0') // 'openapi-0.7.0.json'
 */
export function toOpenApiFileName(serverVersion: ServerVersion): string {
  return serverVersion === DEFAULT_SERVER_VERSION ? 'openapi.json' : `openapi-${serverVersion}.json`
}
