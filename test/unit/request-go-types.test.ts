import { describe, expect, it } from 'vitest'
import { deriveRequestGoTypes } from '../../src/contract/derive-request-go-types.js'
import { requestGoTypes } from '../../src/contract/request-go-types.js'

// If this fails after a change to a request schema (src/contract/request-schemas.ts, the releases'
// schemas), run `npm run generate:go-types`.
describe("the request bodies' Go types the fake reads", () => {
  it('are what the contract schemas derive', () => {
    expect(requestGoTypes()).toStrictEqual(deriveRequestGoTypes())
  })

  it('name each struct as Go prints it', () => {
    const types = requestGoTypes()
    expect(types.functionCreate).toMatchObject({ kind: 'struct', name: 'model.FunctionCreateRequest' })
    expect(types.functionCreate070.name).toBe('model.FunctionCreateRequest')
    expect(types.reserveCreate).toMatchObject({ embedded: { ReserveInsBaseInfo: { kind: 'struct' } } })
  })
})
