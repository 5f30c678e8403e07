import type { GoType } from '../go/go-type.js'
import { lazy } from '../support/lazy.js'
import { REQUEST_GO_TYPES_JSON } from './request-go-types.generated.js'

/** The request bodies' Go types by name: what the decoder needs, derived from the contract's schemas. */
export interface RequestGoTypes {
  readonly rootfs: GoType
  readonly publish: GoType
  readonly functionCreate: GoType
  readonly functionUpdate: GoType
  readonly functionCreate080: GoType
  readonly functionUpdate080: GoType
  readonly functionCreate070: GoType
  readonly functionUpdate070: GoType
  readonly reserveCreate: GoType
  readonly reserveDelete: GoType
  readonly reserveGet: GoType
  readonly podPoolCreate: GoType
  readonly podPoolUpdate: GoType
}

/**
 * The request bodies' Go types, read on first use from the JSON `deriveRequestGoTypes()` gave at build
 * time: a fresh process's first write builds no zod schema for them (~10 ms, issue 25, decision 0044).
 * @example requestGoTypes().publish.name // 'model.PublishRequest'
 */
export const requestGoTypes = lazy((): RequestGoTypes => JSON.parse(REQUEST_GO_TYPES_JSON))
