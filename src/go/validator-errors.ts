import { compareUtf8 } from './go-sort.js'

/**
 * govalidator's `Errors`: a leaf is one field's message, a group one struct's errors (an embedded
 * or nested struct's errors form one element of the outer list).
 */
export type ValidatorError = string | readonly ValidatorError[]

/**
 * The text of `Errors.Error()`: the children's texts sorted in byte order and joined with `;`, at
 * every level, so a nested struct's errors sort as one joined string among their siblings.
 * @example validatorText([['B.x: …', 'B.a: …'], 'name: …']) // 'B.a: …;B.x: …;name: …'
 */
export function validatorText(error: ValidatorError): string {
  if (typeof error === 'string') return error
  if (error.length === 1) return validatorText(error[0] as ValidatorError)
  return error.map(validatorText).sort(compareUtf8).join(';')
}
