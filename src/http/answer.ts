import { MetaError, ServerPanic } from '../service/meta-error.js'
import { toDroppedConnection } from './responses.js'

/** How a handler writes a `MetaError`: the real server has more than one writer. */
export type ErrorWriter = (error: MetaError) => Response

/**
 * Runs a handler and turns what it throws into the real server's answer: a `MetaError`
 * through the route's writer, a `ServerPanic` into a dropped connection.
 */
export async function answer(
  writeError: ErrorWriter,
  handler: () => Response | Promise<Response>,
): Promise<Response> {
  try {
    return await handler()
  } catch (error) {
    if (error instanceof MetaError) return writeError(error)
    if (error instanceof ServerPanic) return toDroppedConnection()
    throw error
  }
}
