import { toGoType } from '../contract/go-schema.js'
import {
  functionCreateRequestSchema,
  functionUpdateRequestSchema,
  publishRequestSchema,
  rootfsSchema,
} from '../contract/request-schemas.js'

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
