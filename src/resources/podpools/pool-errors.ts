import { MetaError, metaErrors } from '../../domain/meta-error.js'

/** `errmsg.PoolNotFound`: the one pod-pool code the router answers with 404. */
export const POOL_NOT_FOUND = 4120

/** The pod-pool service's errors: plain Go errors, which the router wraps as 4104 (`NewParamError`). */
export const poolErrors = {
  notFound: () =>
    new MetaError(POOL_NOT_FOUND, 'pool does not exist or has been deleted. check input parameters'),
  plain: (message: string) => metaErrors.invalidUserParamText(message),
} as const
