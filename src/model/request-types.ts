import { toGoType } from '../contract/go-schema.js'
import { FUNCTION_REQUEST_SCHEMAS } from '../contract/release-request-schemas.js'
import {
  functionCreateRequestSchema,
  functionUpdateRequestSchema,
  publishRequestSchema,
  rootfsSchema,
} from '../contract/request-schemas.js'
import type { ServerVersion } from '../contract/server-version.js'
import type { GoType } from '../go/go-type.js'

// The Go types the decoder imitates, derived from the contract's request schemas (one source:
// `src/contract/request-schemas.ts`, decision 0015).

/** `types.RootfsSpecMeta`: stored and answered as sent (after `ValidateRootfsSpec`). */
export const rootfsType = toGoType(rootfsSchema)

/** `model.FunctionCreateRequest`: the body of `POST /functions` (its own `kind` hides the embedded one). */
export const createRequestType = toGoType(functionCreateRequestSchema)

/** `model.FunctionUpdateRequest`: the body of `PUT /functions/{name}`. */
export const updateRequestType = toGoType(functionUpdateRequestSchema)

/** `model.PublishRequest`: the body of `POST /functions/{name}/versions`. */
export const publishRequestType = toGoType(publishRequestSchema)

/** The Go types of one release's function bodies. */
export interface FunctionRequestTypes {
  readonly create: GoType
  readonly update: GoType
}

/** Each release's create and update body types (`contract/release-request-schemas.ts`). */
export const FUNCTION_REQUEST_TYPES: Readonly<Record<ServerVersion, FunctionRequestTypes>> = {
  '0.7.0': toFunctionRequestTypes('0.7.0'),
  '0.8.0': toFunctionRequestTypes('0.8.0'),
  '0.10.0': { create: createRequestType, update: updateRequestType },
}

function toFunctionRequestTypes(version: ServerVersion): FunctionRequestTypes {
  const schemas = FUNCTION_REQUEST_SCHEMAS[version]
  return { create: toGoType(schemas.create), update: toGoType(schemas.update) }
}
