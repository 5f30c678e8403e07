import { AnswerError, MetaError } from '../domain/meta-error.js'
import { toJsonResponse } from '../wire/gin-responses.js'
import { BodyTooLargeError } from '../wire/request-body.js'

/** How a handler writes a `MetaError`: the real server has more than one writer. */
export type ErrorWriter = (error: MetaError) => Response

/** A `MetaError` that a step has already assigned to its writer. */
class RoutedError extends AnswerError {
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
export function withStepWriter<T>(writeError: ErrorWriter, step: () => T): T {
  try {
    return step()
  } catch (error) {
    throw error instanceof MetaError ? new RoutedError(error, writeError) : error
  }
}

/**
 * Runs a handler and writes what it throws as the real server would: a `MetaError` through its
 * step's writer or else `writeError`. Anything else (a `ServerPanic` too) goes on up: the real-server
 * layer turns a panic into a dropped connection. A synchronous handler is answered synchronously
 * (the versions list is; it is the hot path).
 */
export function withErrorWriter(
  writeError: ErrorWriter,
  handler: () => Response | Promise<Response>,
): Response | Promise<Response> {
  try {
    const response = handler()
    return response instanceof Promise
      ? response.catch((error: unknown) => toErrorResponse(writeError, error))
      : response
  } catch (error) {
    return toErrorResponse(writeError, error)
  }
}

function toErrorResponse(writeError: ErrorWriter, error: unknown): Response {
  if (error instanceof BodyTooLargeError) return toJsonResponse({ code: 413, message: error.message }, 413)
  if (error instanceof RoutedError) return error.writeError(error.error)
  if (error instanceof MetaError) return writeError(error)
  throw error
}
