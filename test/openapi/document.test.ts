import { readFileSync } from 'node:fs'
import { Validator } from '@seriousme/openapi-schema-validator'
import { describe, expect, it } from 'vitest'
import { buildAdminOpenApiDocument } from '../../src/contract/admin-document.js'
import { toGoType } from '../../src/contract/go-schema.js'
import { buildOpenApiDocument } from '../../src/contract/openapi-document.js'
import {
  functionCreateRequestSchema,
  functionUpdateRequestSchema,
  podPoolCreateRequestSchema,
  podPoolUpdateRequestSchema,
  publishRequestSchema,
  reserveInstanceRequestSchema,
} from '../../src/contract/request-schemas.js'
import {
  createRequestType,
  publishRequestType,
  reserveInstanceRequestType,
  updateRequestType,
} from '../../src/model/request-types.js'
import {
  podPoolCreateRequestType,
  podPoolUpdateRequestType,
} from '../../src/resources/podpools/pool-types.js'

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

describe('request schemas and the Go decoder describe one type', () => {
  it.each([
    ['create', functionCreateRequestSchema, createRequestType],
    ['update', functionUpdateRequestSchema, updateRequestType],
    ['publish', publishRequestSchema, publishRequestType],
    ['reserve-instance', reserveInstanceRequestSchema, reserveInstanceRequestType],
    ['pod pool create', podPoolCreateRequestSchema, podPoolCreateRequestType],
    ['pod pool update', podPoolUpdateRequestSchema, podPoolUpdateRequestType],
  ] as const)('%s', (_name, schema, goType) => {
    expect(toGoType(schema)).toEqual(goType)
  })
})
