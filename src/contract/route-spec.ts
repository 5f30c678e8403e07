import type { z } from 'zod'
import type { ErrorCase } from './error-cases.js'

/**
 * How an answer's `Content-Type` reads: gin's JSON type; present but empty (`repoutils.BadRequest`,
 * the "500 writer", and `/healthz`).
 */
export type AnswerType = 'json' | 'empty-content-type'

/** One status a route answers with. */
export interface RouteAnswer {
  readonly status: number
  readonly type: AnswerType
  readonly description: string
  /** The body: one schema, or several the caller's query picks from (`isAdmin`). */
  readonly bodies?: readonly z.ZodType[]
  /** Error answers: the codes this status carries. */
  readonly errors?: readonly ErrorCase[]
}

export interface QueryParam {
  readonly name: string
  readonly description: string
}

/** One route of the real server. */
export interface RouteSpec {
  readonly method: 'get' | 'post' | 'put' | 'delete'
  /** Below the prefix, e.g. `/functions/{functionName}`. */
  readonly path: string
  readonly operationId: string
  readonly tag: string
  readonly summary: string
  readonly description?: string
  readonly query?: readonly QueryParam[]
  readonly request?: z.ZodType
  readonly answers: readonly RouteAnswer[]
  /** gin routes an empty path parameter here (`/functions//versions`). */
  readonly emptyPathParameter?: boolean
  /** Requests on which the real server panics: the connection closes with no answer. */
  readonly drops?: string
}

/** Builders of a route's answers, shared by the route tables. */
export const error500 = (description: string, errors: readonly ErrorCase[]): RouteAnswer => ({
  status: 500,
  type: 'empty-content-type',
  description: `${description} The 500 writer (\`repoutils.BadRequest\`): HTTP 500 with a Content-Type header that is present but empty; the body is still JSON.`,
  errors,
})
export const jsonError = (
  status: number,
  description: string,
  errors: readonly ErrorCase[],
): RouteAnswer => ({
  status,
  type: 'json',
  description,
  errors,
})
export const ok = (description: string, ...bodies: z.ZodType[]): RouteAnswer => ({
  status: 200,
  type: 'json',
  description,
  bodies,
})
