import { toGoType } from '../../contract/go-schema.js'
import {
  reserveInstanceCreateRequestSchema,
  reserveInstanceDeleteRequestSchema,
  reserveInstanceGetRequestSchema,
} from '../../contract/request-schemas.js'

// The Go types of the bodies, derived from the contract's request schemas (decision 0015).
// `model.ReserveInsBaseInfo` is embedded in create and delete: Go names it in its messages.

/** `model.CreateReserveInsRequest`: the body of POST and PUT (update binds the create type too). */
export const createReserveType = toGoType(reserveInstanceCreateRequestSchema)

/** `model.DeleteReserveInsRequest`: the body of DELETE. */
export const deleteReserveType = toGoType(reserveInstanceDeleteRequestSchema)

/** `model.GetReserveInsRequest`: the body of GET (no label field, no validation tags). */
export const getReserveType = toGoType(reserveInstanceGetRequestSchema)
