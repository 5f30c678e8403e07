import { toGoType } from '../../contract/go-schema.js'
import { requestSchemas } from '../../contract/request-schemas.js'
import { lazy } from '../../support/lazy.js'

// The Go types of the bodies, derived from the contract's request schemas (decision 0015).
// `model.ReserveInsBaseInfo` is embedded in create and delete: Go names it in its messages. Built on
// first use, with the schemas: a start needs neither (decision 0039).

/** `model.CreateReserveInsRequest`: the body of POST and PUT (update binds the create type too). */
export const createReserveType = lazy(() => toGoType(requestSchemas().reserveInstanceCreateRequestSchema))

/** `model.DeleteReserveInsRequest`: the body of DELETE. */
export const deleteReserveType = lazy(() => toGoType(requestSchemas().reserveInstanceDeleteRequestSchema))

/** `model.GetReserveInsRequest`: the body of GET (no label field, no validation tags). */
export const getReserveType = lazy(() => toGoType(requestSchemas().reserveInstanceGetRequestSchema))
