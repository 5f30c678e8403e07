import { requestGoTypes } from '../contract/request-go-types.js'
import type { ServerVersion } from '../contract/server-version.js'
import type { GoType } from '../go/go-type.js'
import { lazy } from '../support/lazy.js'

// The Go types the decoder imitates, derived from the contract's request schemas (one source:
// `src/contract/request-schemas.ts`, decision 0015) at build time (`requestGoTypes`, decision 0044),
// and read on first use: a start needs none (decision 0039).

/** The Go types of one release's function bodies. */
export interface FunctionRequestTypes {
  readonly create: GoType
  readonly update: GoType
}

function buildRequestTypes() {
  const types = requestGoTypes()
  const create = types.functionCreate
  const update = types.functionUpdate
  const byRelease: Readonly<Record<ServerVersion, FunctionRequestTypes>> = {
    '0.7.0': { create: types.functionCreate070, update: types.functionUpdate070 },
    '0.8.0': { create: types.functionCreate080, update: types.functionUpdate080 },
    '0.10.0': { create, update },
  }
  return {
    /** `types.RootfsSpecMeta`: stored and answered as sent (after `ValidateRootfsSpec`). */
    rootfs: types.rootfs,
    /** `model.FunctionCreateRequest`: the body of `POST /functions` (its own `kind` hides the embedded one). */
    create,
    /** `model.FunctionUpdateRequest`: the body of `PUT /functions/{name}`. */
    update,
    /** `model.PublishRequest`: the body of `POST /functions/{name}/versions`. */
    publish: types.publish,
    /** Each release's create and update body types (`contract/release-request-schemas.ts`). */
    byRelease,
  }
}

/** The request bodies' Go types. @example requestTypes().publish */
export const requestTypes = lazy(buildRequestTypes)
