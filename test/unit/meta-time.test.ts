import fc from 'fast-check'
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

/** The formats as they were written before the fast path (issue 25, session 12): the reference. */
function referenceMetaTime(date: Date): string {
  const iso = date.toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)} UTC`
}

function referenceRevisionId(date: Date): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0')
  const day = `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`
  const time = `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  return `${day}${time}${pad(date.getUTCMilliseconds(), 3).replace(/0+$/, '')}`
}

describe('meta_service time formats, the fast path', () => {
  const dates = fc.oneof(
    fc.date({
      min: new Date('1969-12-31T00:00:00.000Z'),
      max: new Date('2100-01-01T00:00:00.000Z'),
      noInvalidDate: true,
    }),
    fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }),
  )

  it('writes what toISOString gives, for any date, in any order (the day is cached)', () => {
    fc.assert(
      fc.property(fc.array(dates, { maxLength: 20 }), (list) => {
        for (const date of list) {
          expect(formatMetaTime(date)).toBe(referenceMetaTime(date))
          expect(toRevisionId(date)).toBe(referenceRevisionId(date))
        }
      }),
      { numRuns: 2000 },
    )
  })

  it.each([
    '1970-01-01T00:00:00.000Z',
    '1999-12-31T23:59:59.999Z',
    '2000-01-01T00:00:00.000Z',
    '2024-02-29T12:00:00.010Z',
    '9999-12-31T23:59:59.999Z',
    '+010000-01-01T00:00:00.000Z',
    '1969-12-31T23:59:59.999Z',
  ])('writes %s as toISOString does, after another day', (iso) => {
    formatMetaTime(new Date('2024-03-02T08:31:12.724Z'))
    const date = new Date(iso)
    expect(formatMetaTime(date)).toBe(referenceMetaTime(date))
    expect(toRevisionId(date)).toBe(referenceRevisionId(date))
  })

  it('refuses an invalid date as toISOString does', () => {
    expect(() => formatMetaTime(new Date(Number.NaN))).toThrow(RangeError)
  })
})
