import { describe, expect, it } from 'vitest'
import { parseGoQuery } from '../../src/http/go-query.js'

describe("Go's url.ParseQuery as gin's c.Query reads it", () => {
  it('drops a pair containing a semicolon and keeps the others', () => {
    const query = parseGoQuery('name=a;b&pageSize=2')
    expect(query.has('name')).toBe(false)
    expect(query.get('pageSize')).toBe('2')
  })

  it('drops a pair with a malformed escape, decodes + and %XX, keeps the first of repeated keys', () => {
    const query = parseGoQuery('a=%zz&b=x+y%21&b=second&isAdmin')
    expect(query.has('a')).toBe(false)
    expect(query.get('b')).toBe('x y!')
    expect(query.get('isAdmin')).toBe('')
  })
})
