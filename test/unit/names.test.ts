import { describe, expect, it } from 'vitest'
import { isFunctionName, isVersionQualifier, toDisplayName } from '../../src/model/names.js'

describe('function-name grammar', () => {
  it.each(['hello', '0@faaspy@hello2', '0-svc-fn', 'a', 'A.b-c', 'x'.repeat(128), '0@S1@fn'])(
    'accepts %s',
    (name) => expect(isFunctionName(name)).toBe(true),
  )

  it.each([
    '',
    '-a',
    'a-',
    'x'.repeat(129),
    'a_b',
    'a:b',
    '0@@fn',
    `0@${'s'.repeat(17)}@fn`,
    '0@svc@-fn',
    'é',
  ])('rejects %s', (name) => expect(isFunctionName(name)).toBe(false))
})

describe('version grammar', () => {
  it.each(['$latest', 'latest', '1', '1234567890123456', 'v1.0_rc-1', 'a'])('accepts %s', (version) =>
    expect(isVersionQualifier(version)).toBe(true),
  )
  it.each(['', '-1', '1-', 'a$', 'x'.repeat(43)])('rejects %s', (version) =>
    expect(isVersionQualifier(version)).toBe(false),
  )
})

describe('display names in 4115 messages', () => {
  it('drops the 0-svc- prefix of yrlib names and keeps FaaS names whole', () => {
    expect(toDisplayName('0-test-aa')).toBe('aa')
    expect(toDisplayName('0@svc@fn')).toBe('0@svc@fn')
  })
})
