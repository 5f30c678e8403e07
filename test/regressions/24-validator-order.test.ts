import { describe, expect, it } from 'vitest'
import { emptyFake, send } from './24-support.js'

// Issue 24: govalidator reports every failed tag of a struct, sorted (byte order) and joined with
// `;`; the embedded FunctionBasicInfo's errors sort as one group. Message recorded from the real server.

const NAME_RULE =
  'format is 0@{serviceName}@{funcName} or 0-{serviceName}-{funcName}; serviceName can only contains ' +
  'letters、digits and cannot exceed 16 characters; funcName can only contains lowercase letters、digits、- ' +
  'and cannot exceed 127 characters or end with -'
const POOL_RULE =
  'pool id can contain only lowercase letters;digits and - it cannot start or end with - and cannot exceed ' +
  '40 characters or less than 1 characters'

describe('several validation errors in one body', () => {
  it('are sorted within the embedded struct, and the group among the request own fields', async () => {
    const handler = 'h'.repeat(65)
    const body = { name: 'x%dx', runtime: '', timeout: 0, handler, poolId: '%d' }
    const answer = await send(emptyFake(), 'POST', '/serverless/v1/functions', body)
    expect(answer.json?.message).toBe(
      `FunctionBasicInfo.handler: ${handler} does not validate as maxstringlength(64);` +
        `FunctionBasicInfo.timeout: non zero value required;${POOL_RULE};${NAME_RULE};` +
        'runtime: non zero value required. check input parameters',
    )
  })
})
