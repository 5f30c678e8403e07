import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'

// Checks one answer against the OpenAPI document with Ajv (JSON Schema 2020-12): the operation its
// method and path name, the documented status, Content-Type and body. No hand-written checks of
// shapes: every body check is a schema of the document.

type Json = Record<string, unknown>

/** An answer as the golden corpus and the test faces record it. */
export type SeenAnswer =
  | {
      readonly kind: 'response'
      readonly status: number
      readonly contentType: string | null
      readonly location: string | null
      readonly body: string
    }
  | { readonly kind: 'dropped' }

/** Where an answer fell: an operation's documented response, gin's unrouted answers, or a documented drop. */
export type AnswerVerdict = {
  readonly where: 'operation' | 'unrouted' | 'dropped'
  readonly problems: string[]
}

interface Operation {
  readonly path: string
  readonly matcher: RegExp
  readonly method: string
  readonly spec: Json
}

const DOC_ID = 'openapi'

export interface AnswerValidator {
  check(method: string, pathWithQuery: string, answer: SeenAnswer): AnswerVerdict
}

export interface AnswerValidatorOptions {
  /**
   * Whether the frontend's forwarder stands in front of meta_service, answering `/admin/v1` itself
   * (`x-frontend`): the fake always; the golden corpus's `admin:` sequences. Without it, a path under
   * `/admin/v1` reached meta_service alone, which has no such route.
   */
  readonly frontend: boolean
}

export function createAnswerValidator(
  document: Json,
  options: AnswerValidatorOptions = { frontend: true },
): AnswerValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false })
  ajv.addSchema(document, DOC_ID)
  const compiled = new Map<string, ValidateFunction>()
  const validatorAt = (pointer: string) => {
    let validate = compiled.get(pointer)
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOC_ID}#${pointer}` })
      compiled.set(pointer, validate)
    }
    return validate
  }
  const operations = toOperations(document)
  return {
    check(method, pathWithQuery, answer) {
      const path = decodePath(pathWithQuery.split('?')[0] as string)
      const operation = operations.find((o) => o.method === method.toLowerCase() && o.matcher.test(path))
      if (answer.kind === 'dropped') return checkDrop(operation)
      const responses = (operation?.spec.responses ?? {}) as Record<string, Json>
      const documented = responses[String(answer.status)]
      const checkAt = (spec: Json, pointer: string) => checkResponse(spec, pointer, answer, validatorAt)
      // Under `/admin/v1` the frontend answers some requests itself, on any path (`x-frontend`).
      const frontend = document['x-frontend'] as { prefix: string; answers: Record<string, Json> }
      const own = options.frontend && path.startsWith(frontend.prefix) ? frontend.answers : undefined
      const frontendAnswer = own?.[String(answer.status)]
      const frontendProblems = () => {
        const pointer = `/x-frontend/answers/${answer.status}`
        return frontendAnswer?.$ref
          ? checkRef(frontendAnswer, checkAt)
          : checkAt(frontendAnswer as Json, pointer)
      }
      if (operation && documented) {
        const pointer = `/paths/${toPointerSegment(operation.path)}/${operation.method}/responses/${answer.status}`
        const problems = checkAt(documented, pointer)
        if (problems.length > 0 && frontendAnswer && frontendProblems().length === 0)
          return { where: 'unrouted', problems: [] }
        return { where: 'operation', problems }
      }
      if (frontendAnswer) return { where: 'unrouted', problems: frontendProblems() }
      const unrouted = own
        ? undefined
        : (document['x-unrouted'] as Record<string, Json>)[String(answer.status)]
      if (!unrouted) {
        const route = operation ? `${method} ${operation.path}` : `${method} ${path} (no operation)`
        return { where: 'unrouted', problems: [`${route}: status ${answer.status} is not documented`] }
      }
      return { where: 'unrouted', problems: checkRef(unrouted, checkAt) }
    },
  }

  function checkRef(ref: Json, checkAt: (spec: Json, pointer: string) => string[]): string[] {
    const name = String(ref.$ref).split('/').pop() as string
    const spec = (document.components as Record<string, Record<string, Json>>).responses?.[name] as Json
    return checkAt(spec, `/components/responses/${name}`)
  }
}

function checkDrop(operation: Operation | undefined): AnswerVerdict {
  const documented = operation !== undefined && typeof operation.spec['x-drops-connection'] === 'string'
  return { where: 'dropped', problems: documented ? [] : ['a dropped connection where none is documented'] }
}

function checkResponse(
  spec: Json,
  pointer: string,
  answer: Extract<SeenAnswer, { kind: 'response' }>,
  validatorAt: (pointer: string) => ValidateFunction,
): string[] {
  const content = (spec.content ?? {}) as Record<string, unknown>
  const mediaType = Object.keys(content)[0]
  const problems = checkContentType(spec, mediaType, answer.contentType)
  const headers = (spec.headers ?? {}) as Record<string, Json>
  if (headers.Location?.required && answer.location === null) problems.push('no Location header')
  if (mediaType === undefined) {
    if (answer.body !== '') problems.push(`a body where none is documented: ${answer.body.slice(0, 80)}`)
    return problems
  }
  const validate = validatorAt(`${pointer}/content/${toPointerSegment(mediaType)}/schema`)
  const value = mediaType === 'application/json' ? parseJson(answer.body, problems) : answer.body
  if (problems.length === 0 && !validate(value)) {
    problems.push(
      ...(validate.errors ?? []).map(
        (e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`,
      ),
    )
  }
  return problems
}

function checkContentType(spec: Json, mediaType: string | undefined, seen: string | null): string[] {
  const either = spec['x-content-types']
  if (Array.isArray(either)) {
    return either.includes(seen)
      ? []
      : [`Content-Type ${JSON.stringify(seen)}, documented one of ${JSON.stringify(either)}`]
  }
  if (typeof spec['x-content-type'] === 'string') {
    const documented = spec['x-content-type']
    return seen === documented
      ? []
      : [`Content-Type ${JSON.stringify(seen)}, documented ${JSON.stringify(documented)}`]
  }
  if (mediaType === undefined) return []
  return seen?.split(';')[0]?.trim() === mediaType
    ? []
    : [`Content-Type ${JSON.stringify(seen)}, documented ${mediaType}`]
}

function parseJson(body: string, problems: string[]): unknown {
  try {
    return JSON.parse(body)
  } catch {
    problems.push(`not JSON: ${body.slice(0, 80)}`)
    return undefined
  }
}

/** Operations with static paths first: gin prefers `/functions/reserve-instance` to `/functions/{name}`. */
function toOperations(document: Json): Operation[] {
  const paths = document.paths as Record<string, Record<string, Json>>
  const entries = Object.entries(paths).sort(([a], [b]) => Number(a.includes('{')) - Number(b.includes('{')))
  return entries.flatMap(([path, item]) =>
    Object.entries(item).map(([method, spec]) => ({ path, method, spec, matcher: toMatcher(path, spec) })),
  )
}

/** A path template as gin matches it: a parameter is one segment, empty only where its schema allows. */
function toMatcher(template: string, spec: Json): RegExp {
  const parameters = (spec.parameters ?? []) as Array<{ in: string; schema: { minLength?: number } }>
  const segment = parameters.some((p) => p.in === 'path' && p.schema.minLength) ? '[^/]+' : '[^/]*'
  const pattern = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${pattern.join(segment)}$`)
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

/** JSON Pointer escaping of one segment. */
function toPointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1')
}
