import { requestGoTypes } from '../../contract/request-go-types.js'
import type { GoType } from '../../go/go-type.js'

// The Go types of the bodies, derived from the contract's request schemas (decisions 0015, 0044).
// `model.ReserveInsBaseInfo` is embedded in create and delete: Go names it in its messages. Built on
// first use: a start needs none (decision 0039).

/** `model.CreateReserveInsRequest`: the body of POST and PUT (update binds the create type too). */
export const createReserveType = (): GoType => requestGoTypes().reserveCreate

/** `model.DeleteReserveInsRequest`: the body of DELETE. */
export const deleteReserveType = (): GoType => requestGoTypes().reserveDelete

/** `model.GetReserveInsRequest`: the body of GET (no label field, no validation tags). */
export const getReserveType = (): GoType => requestGoTypes().reserveGet
