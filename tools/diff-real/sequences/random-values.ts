import fc from 'fast-check'
import { fieldValues } from './space/create-space.js'
import { type FieldSpec, FUNCTION_FIELDS, UPDATE_ONLY_SKIPPED } from './space/function-fields.js'
import { ODD_STRINGS } from './space/go-values.js'

/**
 * What random commands draw from: the same tables the space sequences are built from (every field of
 * the real request structs with every kind of value), names of every form the routes take, and the
 * query parameters and scopes the handlers read. Names are shared within a sequence so that commands
 * meet each other's state.
 */
export const nameArb = fc.constantFrom('a', 'b', 'a.b', '0@svc@c', '0@svc@d', '0-svc-e', 'A', 'x_y')

/** A function name, or a URN of it in the sequence's tenant (`<tenant>` is filled in later). */
export const refArb = fc.oneof(
  { arbitrary: nameArb, weight: 6 },
  {
    arbitrary: fc.tuple(nameArb, fc.constantFrom('', ':1', ':latest', ':$latest', ':my-alias', ':%25d')),
    weight: 1,
  },
)

export const kindArb = fc.constantFrom('', '', 'faas', 'yrlib', 'agent', 'custom', 'posix-runtime-custom')

export const versionArb = fc.constantFrom('1', '2', '10', 'v1.0', 'latest', '$latest', '', '-bad', 'a_b')

export const revisionArb = fc.constantFrom('<rev#last>', '<rev#last>', '<rev#last>', '<rev#1>', 'stale')

/** A product header for one command: mostly none, sometimes one of two products. */
export const productArb = fc.constantFrom('', '', '', '', 'p1', 'p2')

const FIELD_NAMES = Object.keys(FUNCTION_FIELDS)
const UPDATE_FIELD_NAMES = FIELD_NAMES.filter((field) => !UPDATE_ONLY_SKIPPED.has(field))

function fieldsArb(names: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .array(
      fc
        .constantFrom(...names)
        .chain((field) =>
          fc
            .constantFrom(...fieldValues(FUNCTION_FIELDS[field] as FieldSpec))
            .map((value) => [field, value] as const),
        ),
      { maxLength: 3 },
    )
    .map((pairs) => Object.fromEntries(pairs))
}

/** Extra fields of a create: none to three, each with a value of its Go kind. */
export const createFieldsArb = fieldsArb(FIELD_NAMES.filter((field) => field !== 'name'))
export const updateFieldsArb = fieldsArb(UPDATE_FIELD_NAMES)

export const getQueryArb = fc.constantFrom(
  '',
  '?versionNumber=1',
  '?versionNumber=latest',
  '?qualifier=1',
  '?qualifier=my-alias',
  '?qualifier=my-alias&versionNumber=1',
  '?kind=faas',
  '?isAdmin=1',
  '?versionNumber=%25d',
)

export const deleteQueryArb = fc.constantFrom(
  '',
  '',
  '?versionNumber=1',
  '?versionNumber=10',
  '?qualifier=2',
  '?kind=faas',
  '?versionNumber=latest',
)

export const pageArb = fc.constantFrom(
  '',
  'pageIndex=1&pageSize=1',
  'pageIndex=2&pageSize=1',
  'pageIndex=0',
  'pageSize=0',
  'pageIndex=abc',
  'isAdmin=1',
  'pageSize=1000',
)

export const listQueryArb = fc.tuple(
  fc.constantFrom('', 'a', '0@', '.', '%25'),
  fc.constantFrom('', 'kind=faas', 'versionNumber=1', 'qualifier=latest', 'versionNumber=$latest'),
  pageArb,
)

export const descArb = fc.constantFrom(...ODD_STRINGS)

export const labelArb = fc.constantFrom('l1', 'l10', 'label1', '', 'a.b_c-d', '-x')

export const instanceInfosArb = fc.constantFrom<unknown>(
  [{ maxInstance: 2 }],
  [{ maxInstance: 2, minInstance: 3 }],
  [{ clusterId: 'cluster001', maxInstance: 5, minInstance: 1 }],
  [{ maxInstance: 1 }, { maxInstance: 2 }],
  [{ clusterId: 'x', maxInstance: 1 }],
  [{ maxInstance: 1001 }],
  [],
  null,
)

export const poolFieldsArb = fc.record(
  {
    size: fc.constantFrom(0, 1, 2, -1),
    max_size: fc.constantFrom(0, 1, 3, -1),
    status: fc.constantFrom(0, 1, 2, 6),
    horizontal_pod_autoscaler_spec: fc.constantFrom('', '{"a":1}'),
    labels: fc.constantFrom<unknown>({}, { b: '1', a: '2' }, null),
    image: fc.constantFrom('', 'img', 'i'.repeat(201)),
  },
  { requiredKeys: [] },
)

/**
 * State another writer put in etcd before the sequence (issue 24, decision 0035): a layer version, an
 * alias or a trigger over the shared names, in the sequence's tenant and one of its products.
 */
export const givenArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.record({
    kind: fc.constant('layer'),
    name: fc.constantFrom('l', 'm'),
    version: fc.constantFrom(0, 1, 2, 10),
    compatibleRuntimes: fc.subarray(['python3.9', 'java8', 'go1.13', 'java1.8']),
    indexed: fc.boolean(),
    productId: productArb,
  }),
  fc.record({
    kind: fc.constant('alias'),
    functionName: nameArb,
    name: fc.constantFrom('my-alias', 'prod'),
    functionVersion: fc.constantFrom('1', '2', '', '10', 'latest'),
    routingConfig: fc.constantFrom(undefined, { '1': 100 }, { '2': 50, '10': 50 }, {}),
    productId: productArb,
  }),
  fc.record({
    kind: fc.constant('trigger'),
    functionName: nameArb,
    versionOrAlias: fc.constantFrom('1', '2', '$latest', 'latest', 'my-alias'),
    triggerId: fc.constantFrom('t1', 't2'),
    triggerType: fc.constantFrom('HTTP', 'HTTP', 'KAFKA'),
    productId: productArb,
  }),
)

/** `layers` of a create or update: URNs of the given layers (`{tenant}`: the sequence's), names, odd forms. */
export const layersArb = fc.constantFrom(
  [],
  ['sn:cn:yrk:{tenant}:layer:l:1'],
  ['sn:cn:yrk:{tenant}:layer:l:10'],
  ['sn:cn:yrk:{tenant}:layer:m:0'],
  ['sn:cn:yrk:{tenant}:layer:m:2'],
  ['l'],
  ['a:b:c:d:e:f:l:2'],
)
