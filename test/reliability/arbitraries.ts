import fc from 'fast-check'

/** Path segments for a function name: real names, grammar edges, unicode, escapes, traversal. */
export const nameSegment = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '0@faaspy@hello2',
      '0-svc-fn',
      'plain.fn',
      'sn:cn:yrk:default:function:0@faaspy@hello2:1',
    ),
  },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }).map(encodeURIComponent) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '..', '.', '%', '%2F', '%00', '%zz', '%E0%A4%A', 'a%2Fb', '%2e%2e'),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 129, maxLength: 5000 }).map((s) => encodeURIComponent(s)) },
)

const queryKey = fc.oneof(
  fc.constantFrom('pageIndex', 'pageSize', 'isAdmin', 'name', 'versionNumber', 'qualifier', 'kind'),
  fc.string({ maxLength: 10 }),
)
const queryValue = fc.oneof(
  fc.integer().map(String),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc.constantFrom('', '0', '-1', '+3', '1.5', 'abc', '9223372036854775807', '9223372036854775808', '$latest'),
  fc.string({ maxLength: 30 }),
)

/** A query string of random keys and values, sometimes repeated, sometimes malformed. */
export const queryString = fc
  .array(fc.tuple(queryKey, queryValue), { maxLength: 6 })
  .chain((pairs) =>
    fc.constantFrom(
      pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&'),
      pairs.map(([key, value]) => `${key}=${value}`).join('&'),
    ),
  )
  .map((query) => (query === '' ? '' : `?${query}`))

const headerValue = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 40,
})

/** Tenant, product and session headers (printable ASCII: what `Headers` accepts). */
export const headers = fc.record(
  {
    'x-tenant-id': headerValue,
    'x-product-id': headerValue,
    'x-mock-session': fc.constantFrom('a', 'b', ''),
  },
  { requiredKeys: [] },
)

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`

/** Request bodies: valid JSON of the right and wrong types, broken JSON, deep nesting, huge numbers, big strings. */
export const body = fc.oneof(
  { weight: 4, arbitrary: fc.json({ maxDepth: 3 }) },
  {
    weight: 4,
    arbitrary: fc
      .record(
        {
          name: fc.oneof(fc.constant('0@svc@prop'), fc.string({ maxLength: 20 }), fc.integer()),
          runtime: fc.oneof(fc.constant('python3.9'), fc.string({ maxLength: 10 })),
          cpu: fc.oneof(fc.integer({ min: -1, max: 20000 }), fc.double(), fc.string()),
          memory: fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.constant(1e308)),
          timeout: fc.oneof(fc.integer({ min: -5, max: 10 ** 7 }), fc.constant(null)),
          minInstance: fc.oneof(fc.integer().map(String), fc.integer(), fc.string({ maxLength: 5 })),
          revisionId: fc.string({ maxLength: 20 }),
          versionNumber: fc.oneof(fc.string({ maxLength: 50 }), fc.constant('')),
          funcName: fc.constantFrom('0@svc@prop', 'bad', ''),
          instanceLabel: fc.string({ maxLength: 70 }),
          instanceConfigInfos: fc.array(
            fc.record({ clusterId: fc.string({ maxLength: 12 }), maxInstance: fc.integer() }),
            { maxLength: 3 },
          ),
        },
        { requiredKeys: [] },
      )
      .map((value) => JSON.stringify(value)),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      '{',
      '{"a":',
      '[1,2',
      '{"cpu": 1e400}',
      '{"cpu": 99999999999999999999}',
      '\u0000',
      'null',
      '"x"',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 20_000 }).map(nested) },
  { weight: 1, arbitrary: fc.constant(`{"description":"${'x'.repeat(1024 * 1024 - 20)}"}`) },
)
