import { goInt64, goSliceOf, goString, goStruct } from '../../go/go-type.js'

/** The fields of `model.ReserveInsBaseInfo`, embedded in the create and delete requests. */
const baseInfoFields = { funcName: goString, version: goString, instanceLabel: goString } as const

/** `[]model.InstanceConfig`. */
const instanceConfigInfos = goSliceOf(
  goStruct('model.InstanceConfig', { clusterId: goString, maxInstance: goInt64, minInstance: goInt64 }),
)

/** `model.CreateReserveInsRequest`: the body of POST and PUT (update binds the create type too). */
export const createReserveType = goStruct('model.CreateReserveInsRequest', {
  ...baseInfoFields,
  instanceConfigInfos,
})

/** `model.DeleteReserveInsRequest`: the body of DELETE. */
export const deleteReserveType = goStruct('model.DeleteReserveInsRequest', baseInfoFields)

/** `model.GetReserveInsRequest`: the body of GET (no label field, no validation tags). */
export const getReserveType = goStruct('model.GetReserveInsRequest', {
  funcName: goString,
  version: goString,
})
