import { MetaError, ServerPanic } from '../domain/meta-error.js'
import { toDroppedConnection, toJsonResponse } from '../wire/gin-responses.js'
import { BodyTooLargeError } from './request-body.js'

/** How a handler writes a `MetaError`: the real server has more than one writer. */
export type ErrorWriter = (error: MetaError) => Response

/** A `MetaError` that a step has already assigned to its writer. */
class RoutedError extends Error {
  constructor(
    readonly error: MetaError,
    readonly writeError: ErrorWriter,
  ) {
    super(error.message)
  }
}

/**
 * Runs one step of a handler whose errors the real server writes differently from the rest
 * (create: body errors are 400 with JSON, service errors 500 with an empty Content-Type).
 */
export function using<T>(writeError: ErrorWriter, step: () => T): T {
  try {
    return step()
  } catch (error) {
    throw error instanceof MetaError ? new RoutedError(error, writeError) : error
  }
}

/**
 * Runs a handler and turns what it throws into the real server's answer: a `MetaError`
 * through its step's writer or else `writeError`, a `ServerPanic` into a dropped connection.
 * A synchronous handler is answered synchronously (the versions list is; it is the hot path).
 */
export function answer(
  writeError: ErrorWriter,
  handler: () => Response | Promise<Response>,
): Response | Promise<Response> {
  try {
    const response = handler()
    return response instanceof Promise
      ? response.catch((error: unknown) => toAnswer(writeError, error))
      : response
  } catch (error) {
    return toAnswer(writeError, error)
  }
}

function toAnswer(writeError: ErrorWriter, error: unknown): Response {
  if (error instanceof BodyTooLargeError) return toJsonResponse({ code: 413, message: error.message }, 413)
  if (error instanceof RoutedError) return error.writeError(error.error)
  if (error instanceof MetaError) return writeError(error)
  if (error instanceof ServerPanic) return toDroppedConnection()
  throw error
}
