import { toGoType } from '../contract/go-schema.js'
import { functionRequestSchemas } from '../contract/release-request-schemas.js'
import { requestSchemas } from '../contract/request-schemas.js'
import type { ServerVersion } from '../contract/server-version.js'
import type { GoType } from '../go/go-type.js'
import { lazy } from '../support/lazy.js'

// The Go types the decoder imitates, derived from the contract's request schemas (one source:
// `src/contract/request-schemas.ts`, decision 0015). Built on first use, with the schemas: a start
// needs neither (decision 0039).

/** The Go types of one release's function bodies. */
export interface FunctionRequestTypes {
  readonly create: GoType
  readonly update: GoType
}

function buildRequestTypes() {
  const schemas = requestSchemas()
  const create = toGoType(schemas.functionCreateRequestSchema)
  const update = toGoType(schemas.functionUpdateRequestSchema)
  const byRelease: Readonly<Record<ServerVersion, FunctionRequestTypes>> = {
    '0.7.0': toFunctionRequestTypes('0.7.0'),
    '0.8.0': toFunctionRequestTypes('0.8.0'),
    '0.10.0': { create, update },
  }
  return {
    /** `types.RootfsSpecMeta`: stored and answered as sent (after `ValidateRootfsSpec`). */
    rootfs: toGoType(schemas.rootfsSchema),
    /** `model.FunctionCreateRequest`: the body of `POST /functions` (its own `kind` hides the embedded one). */
    create,
    /** `model.FunctionUpdateRequest`: the body of `PUT /functions/{name}`. */
    update,
    /** `model.PublishRequest`: the body of `POST /functions/{name}/versions`. */
    publish: toGoType(schemas.publishRequestSchema),
    /** Each release's create and update body types (`contract/release-request-schemas.ts`). */
    byRelease,
  }
}

/** The request bodies' Go types. @example requestTypes().publish */
export const requestTypes = lazy(buildRequestTypes)

function toFunctionRequestTypes(version: ServerVersion): FunctionRequestTypes {
  const schemas = functionRequestSchemas()[version]
  return { create: toGoType(schemas.create), update: toGoType(schemas.update) }
}
