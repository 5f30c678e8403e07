import { goInt64, goSliceOf, goString, goStruct } from '../../go/go-type.js'

/** `model.ReserveInsBaseInfo`, embedded in the create and delete requests (Go names it in messages). */
const baseInfo = {
  ReserveInsBaseInfo: goStruct('model.ReserveInsBaseInfo', {
    funcName: goString,
    version: goString,
    instanceLabel: goString,
  }),
}

/** `[]model.InstanceConfig`. */
const instanceConfigInfos = goSliceOf(
  goStruct('model.InstanceConfig', { clusterId: goString, maxInstance: goInt64, minInstance: goInt64 }),
)

/** `model.CreateReserveInsRequest`: the body of POST and PUT (update binds the create type too). */
export const createReserveType = goStruct('model.CreateReserveInsRequest', { instanceConfigInfos }, baseInfo)

/** `model.DeleteReserveInsRequest`: the body of DELETE. */
export const deleteReserveType = goStruct('model.DeleteReserveInsRequest', {}, baseInfo)

/** `model.GetReserveInsRequest`: the body of GET (no label field, no validation tags). */
export const getReserveType = goStruct('model.GetReserveInsRequest', {
  funcName: goString,
  version: goString,
})
