import { readFileSync } from 'node:fs'
import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import { buildAdminOpenApiDocument } from '../../src/contract/admin-document.js'
import { buildOpenApiDocument } from '../../src/contract/openapi-document.js'
import type { GoType } from '../../src/go/go-type.js'
import { requestTypes } from '../../src/model/request-types.js'
import {
  podPoolCreateRequestType,
  podPoolUpdateRequestType,
} from '../../src/resources/podpools/pool-types.js'
import {
  createReserveType,
  deleteReserveType,
  getReserveType,
} from '../../src/resources/reserve-instance/reserve-types.js'
import * as declared from './go-types.fixture.js'

const committed = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8'))

describe('the OpenAPI documents', () => {
  it.each([
    ['openapi.json', buildOpenApiDocument],
    ['openapi.admin.json', buildAdminOpenApiDocument],
  ] as const)(
    '%s is generated from the schemas (run `npm run openapi` after changing them)',
    (file, build) => {
      expect(committed(file)).toEqual(JSON.parse(JSON.stringify(build())))
    },
  )

  it.each(['openapi.json', 'openapi.admin.json'])('%s passes an OpenAPI 3.1 validator', async (file) => {
    const result = await new Validator().validate(committed(file))
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it('the validator can fail', async () => {
    const broken = { ...committed('openapi.json'), info: { title: 'no version' } }
    expect((await new Validator().validate(broken)).valid).toBe(false)
  })
})

describe('the Go types the decoder uses, derived from the request schemas', () => {
  // Field order matters (Go's case-insensitive key match takes the first), so compare as JSON too.
  const inOrder = (type: GoType) => JSON.stringify(type)

  it.each([
    ['create', () => requestTypes().create, declared.createRequestType],
    ['update', () => requestTypes().update, declared.updateRequestType],
    ['publish', () => requestTypes().publish, declared.publishRequestType],
    ['reserve-instance create', createReserveType, declared.createReserveType],
    ['reserve-instance delete', deleteReserveType, declared.deleteReserveType],
    ['reserve-instance get', getReserveType, declared.getReserveType],
    ['pod pool create', podPoolCreateRequestType, declared.podPoolCreateRequestType],
    ['pod pool update', podPoolUpdateRequestType, declared.podPoolUpdateRequestType],
  ] as const)('%s equals the Go declaration', (_name, typeOf, goType) => {
    const derived = typeOf()
    expect(typeOf()).toBe(derived)
    expect(derived).toEqual(goType)
    expect(inOrder(derived)).toBe(inOrder(goType))
  })
})
