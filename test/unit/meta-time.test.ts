import { describe, expect, it } from 'vitest'
import { formatMetaTime, toRevisionId } from '../../src/model/meta-time.js'

describe('meta_service time formats', () => {
  it('formats timestamps with three millisecond digits and a UTC suffix', () => {
    expect(formatMetaTime(new Date('2024-03-02T08:31:12.724Z'))).toBe('2024-03-02 08:31:12.724 UTC')
    expect(formatMetaTime(new Date('2024-03-02T08:31:12.000Z'))).toBe('2024-03-02 08:31:12.000 UTC')
  })

  it.each([
    ['2024-03-02T08:47:50.473Z', '20240302084750473'],
    ['2024-03-02T08:47:50.470Z', '2024030208475047'],
    ['2024-03-02T08:47:50.400Z', '202403020847504'],
    ['2024-03-02T08:47:50.000Z', '20240302084750'],
  ])('drops trailing millisecond zeros from the revision id of %s', (iso, revisionId) => {
    expect(toRevisionId(new Date(iso))).toBe(revisionId)
  })
})
