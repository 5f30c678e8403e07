import { metaErrors } from '../../domain/meta-error.js'
import { type ValidatorError, validatorText } from '../../go/validator-errors.js'
import type { ReserveRequest } from './reservations.js'

const MAX_LABEL_LENGTH = 63
const MAX_CLUSTER_LENGTH = 64
const INSTANCE_RANGE = [0, 1000] as const

/**
 * `govalidator.ValidateStruct` on `CreateReserveInsRequest` (or, without configurations,
 * `DeleteReserveInsRequest`), as `shouldBindJSON` runs it: `ReserveInsBaseInfo` requires `funcName`
 * and `version` and bounds the label; only the first `InstanceConfig` with errors is reported, each
 * of its errors named after the slice's JSON key (govalidator overwrites the field names). 4104, 400.
 */
export function validateReserveTags(request: ReserveRequest, withConfigs: boolean): void {
  const errors: ValidatorError[] = []
  const base = baseInfoErrors(request)
  if (base.length > 0) errors.push(base)
  const configs = withConfigs ? firstConfigErrors(request.instanceConfigInfos) : []
  if (configs.length > 0) errors.push(configs)
  if (errors.length > 0) throw metaErrors.invalidUserParam(validatorText(errors))
}

function baseInfoErrors(request: ReserveRequest): string[] {
  const errors: string[] = []
  const field = (name: string, message: string) => errors.push(`ReserveInsBaseInfo.${name}: ${message}`)
  if (request.funcName === '') field('funcName', 'non zero value required')
  if (request.version === '') field('version', 'non zero value required')
  if (countRunes(request.instanceLabel) > MAX_LABEL_LENGTH)
    field(
      'instanceLabel',
      `${request.instanceLabel} does not validate as maxstringlength(${MAX_LABEL_LENGTH})`,
    )
  return errors
}

/** Errors of the first configuration that has any (govalidator's slice check returns at the first). */
function firstConfigErrors(infos: ReserveRequest['instanceConfigInfos']): string[] {
  for (const [index, info] of infos.entries()) {
    const errors: string[] = []
    const field = (message: string) =>
      errors.push(`InstanceConfigInfos.${index}.instanceConfigInfos: ${message}`)
    const clusterId = info.clusterId ?? ''
    if (countRunes(clusterId) > MAX_CLUSTER_LENGTH)
      field(`${clusterId} does not validate as maxstringlength(${MAX_CLUSTER_LENGTH})`)
    for (const value of [info.maxInstance ?? 0, info.minInstance ?? 0]) {
      // a zero value is never validated; 0 is in range anyway
      if (value < INSTANCE_RANGE[0] || value > INSTANCE_RANGE[1])
        field(`${value} does not validate as range(${INSTANCE_RANGE.join('|')})`)
    }
    if (errors.length > 0) return errors
  }
  return []
}

/** `utf8.RuneCountInString`, which `maxstringlength` counts. */
function countRunes(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

const FAAS_NAME = /^0@[0-9a-zA-Z]{1,16}@(?:[a-z0-9][a-z0-9-]{0,126}[a-z0-9]|[a-z])$/
const LABEL = /^(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/
const NAME_RULE =
  'funcName format is 0@{serviceName}@{funcName};serviceName can only contains letters、digits and cannot ' +
  'exceed 16 characters; funcName can only contains lowercase letters、digits、- and cannot exceed 127 ' +
  'characters or end with -'
const LABEL_RULE = 'instanceLabel can only contains letters、digits、hyphens、dots,not exceed 63 characters'

/** `validateReserveInsRequest`, run after the tags: the FaaS name form and the label grammar (4104, 400). */
export function validateReserveRequest(funcName: string, label: string, labelCanBeEmpty: boolean): void {
  if (!FAAS_NAME.test(funcName)) throw metaErrors.invalidUserParam(NAME_RULE)
  if (label === '') {
    if (labelCanBeEmpty) return
    throw metaErrors.invalidUserParam('instanceLabel cannot be empty')
  }
  if (countRunes(label) > MAX_LABEL_LENGTH || !LABEL.test(label))
    throw metaErrors.invalidUserParam(LABEL_RULE)
}
