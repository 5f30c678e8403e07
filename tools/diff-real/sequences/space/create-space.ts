import { createBody, FUNCTIONS, type SequenceSpec, type Steps, spec } from '../dsl.js'
import { type FieldSpec, FUNCTION_FIELDS } from './function-fields.js'
import { valuesFor } from './go-values.js'

/** Every value a field of this spec takes: its Go kind's values and its own special ones. */
export function fieldValues(field: FieldSpec): unknown[] {
  return [...(field.special ?? []), ...valuesFor(field.kind)]
}

/** Creates `f<i>` with one field set to each value; the list shows what was stored, in both shapes. */
function createEach(
  s: Steps,
  values: readonly unknown[],
  toBody: (value: unknown) => Record<string, unknown>,
) {
  values.forEach((value, index) => {
    const name = `f${index}`
    s.post(`${FUNCTIONS}${index % 2 ? '?isAdmin=1' : ''}`, { ...createBody(name), ...toBody(value) })
    s.get(`${FUNCTIONS}/${name}`)
  })
  s.get(FUNCTIONS)
}

function topLevelSpec(field: string, fieldSpec: FieldSpec): SequenceSpec {
  return spec(`space/create/${field}`, (s) => {
    createEach(s, fieldValues(fieldSpec), (value) => ({ [field]: value }))
  })
}

/** Each field of a struct field (`rootfs.type`, `device.hbm`, …) with every value of its kind. */
function nestedSpecs(field: string, fieldSpec: FieldSpec): SequenceSpec[] {
  const inner = fieldSpec.fields ?? {}
  const wrap = (value: unknown) => (fieldSpec.kind === 'struct-slice' ? [value] : value)
  return Object.entries(inner).map(([name, sub]) =>
    spec(`space/create/${field}.${name}`, (s) => {
      createEach(s, fieldValues(sub), (value) => ({ [field]: wrap({ [name]: value }) }))
    }),
  )
}

const KINDS = ['', 'faas', 'yrlib', 'agent', 'custom', 'posix-runtime-custom']
const RUNTIMES = [
  'nodejs10.15.2',
  'java1.8',
  'java8',
  'java11',
  'java17',
  'java21',
  'python3.6',
  'python3.14',
  'cpp11',
  'cpp11-bin',
  'custom runtime',
  'posix-custom-runtime',
  'go1.13',
]

/** Every kind with every runtime family and handler forms: the hook handlers each builder derives. */
const kindRuntimeSpecs: SequenceSpec[] = KINDS.map((kind) =>
  spec(`space/create/kind-${kind || 'none'}-runtimes`, (s) => {
    RUNTIMES.forEach((runtime, index) => {
      const name = `0@k${index}@f${index}`
      const handler = index % 3 === 0 ? '' : index % 3 === 1 ? 'main.handler' : 'pkg.Cls::handle'
      const hookHandler =
        index % 4 === 0 ? { call: 'c', init: 'i', checkpoint: 'k', recover: 'r' } : undefined
      s.post(`${FUNCTIONS}?isAdmin=1`, createBody(name, { kind, runtime, handler, hookHandler }))
      s.post(`${FUNCTIONS}/${name}/versions`, { revisionId: '<rev#last>', versionNumber: 'v1', kind })
    })
    s.get(`${FUNCTIONS}?kind=${kind}`).get(FUNCTIONS)
  }),
)

/** The rootfs rules, each one broken alone and together (`ValidateRootfsSpec`). */
const ROOTFS_CASES: readonly unknown[] = [
  { runtime: 'runc' },
  { readonly: true },
  { mountpoint: '/m' },
  { mounts: [{ source: '/a', target: '/b', readonly: true }] },
  { path: '/p' },
  { path: '/p', type: 'image' },
  { type: 'local' },
  { type: 'local', path: '/p', runtime: 'runsc', readonly: true, mountpoint: '/m' },
  { imageurl: 'i' },
  { imageurl: 'i', type: 'local', path: '/p' },
  { type: 'image' },
  { type: 'image', imageurl: 'i', user: 'u', ports: ['1', '2'], mounts: [{ source: 's' }] },
  { type: 's3' },
  { type: 's3', storageInfo: { endpoint: 'e' } },
  { type: 's3', storageInfo: { endpoint: 'e', bucket: 'b' } },
  { type: 's3', storageInfo: { endpoint: 'e', bucket: 'b', object: 'o', accessKey: 'a', secretKey: 's' } },
  { storageInfo: { accessKey: 'a' } },
  { type: 'image', imageurl: 'i', storageInfo: { secretKey: 's' } },
  { type: 'nfs' },
  { type: 'nfs', runtime: 'kata' },
  { type: '%d' },
]

const rootfsSpec = spec('space/create/rootfs-rules', (s) => {
  ROOTFS_CASES.forEach((rootfs, index) => {
    s.post(FUNCTIONS, createBody(`r${index}`, { rootfs, kind: index % 2 ? 'faas' : '' }))
    s.get(`${FUNCTIONS}/r${index}?isAdmin=1`)
  })
})

/** Several validation errors in one struct: govalidator reports them all, sorted. */
const MULTI_ERROR_BODIES: readonly Record<string, unknown>[] = [
  {
    name: '-bad',
    runtime: '',
    timeout: 0,
    handler: 'h'.repeat(65),
    description: 'd'.repeat(1025),
    poolId: 'BAD',
  },
  { name: '', runtime: '', timeout: 0 },
  { name: 'ok', runtime: '', timeout: 1, handler: 'h'.repeat(65) },
  { name: 'x%dx', runtime: 'python3.9', timeout: 1, description: '%s'.repeat(600), poolId: '%d' },
  { name: '中文', runtime: 'python3.9', timeout: 1, handler: '中'.repeat(65) },
  { runtime: 'python3.9', timeout: 1, cpu: 1, memory: 1, minInstance: 'x', maxInstance: 'y' },
  { name: 'ok2', runtime: 'bad', timeout: 1, cpu: 1, memory: 1, layers: ['a', 'b'] },
  { name: 'ok3', runtime: 'bad', timeout: 1, cpu: 300, memory: 1 },
]

const multiErrorSpec = spec('space/create/multi-error', (s) => {
  for (const body of MULTI_ERROR_BODIES) s.post(FUNCTIONS, body)
})

/** faas publishes the extended handlers: the pre-stop timeout must lie in [0, 180]. */
const EXTENDED_CASES: readonly [unknown, unknown][] = [
  [{ initializer: 'i' }, undefined],
  [{ initializer: 'i' }, { other: 1 }],
  [{ initializer: 'i' }, { initializer: 5 }],
  [{ pre_stop: 'p' }, undefined],
  [{ pre_stop: 'p' }, { initializer: 1 }],
  [{ pre_stop: 'p' }, { pre_stop: 0 }],
  [{ pre_stop: 'p' }, { pre_stop: 180 }],
  [{ pre_stop: 'p' }, { pre_stop: 181 }],
  [{ pre_stop: 'p' }, { pre_stop: -1 }],
  [{ other: 'x' }, { pre_stop: 999 }],
  [{}, { pre_stop: 999 }],
]

const extendedSpec = spec('space/create/faas-extended-handlers', (s) => {
  EXTENDED_CASES.forEach(([extendedHandler, extendedTimeout], index) => {
    const name = `0@ext@e${index}`
    s.post(FUNCTIONS, createBody(name, { kind: 'faas', extendedHandler, extendedTimeout }))
    s.put(`${FUNCTIONS}/${name}`, {
      revisionId: '<rev#last>',
      kind: 'faas',
      cpu: 500,
      memory: 256,
      timeout: 30,
      extendedHandler,
      extendedTimeout,
    })
    s.post(`${FUNCTIONS}/${name}/versions`, { revisionId: '<rev#last>', kind: 'faas', versionNumber: '1' })
  })
  // an update that brings a bad pre-stop timeout to a good function; a create that skips the check
  // (`?isAdmin` with codeUploadType s3 writes no published metadata), then its publish
  const bad = { extendedHandler: { pre_stop: 'p' }, extendedTimeout: { pre_stop: 181 } }
  s.post(FUNCTIONS, createBody('0@ext@u1', { kind: 'faas' }))
  s.put(`${FUNCTIONS}/0@ext@u1`, {
    revisionId: '<rev#last>',
    kind: 'faas',
    cpu: 500,
    memory: 256,
    timeout: 30,
    ...bad,
  })
  s.post(`${FUNCTIONS}?isAdmin=1`, createBody('0@ext@u2', { kind: 'faas', codeUploadType: 's3', ...bad }))
  s.post(`${FUNCTIONS}/0@ext@u2/versions`, { revisionId: '<rev#last>', kind: 'faas', versionNumber: '1' })
  s.put(`${FUNCTIONS}/0@ext@u2?isAdmin=1`, {
    revisionId: '<rev#last>',
    kind: 'faas',
    cpu: 500,
    memory: 256,
    timeout: 30,
    codeUploadType: 's3',
  })
  s.get(FUNCTIONS)
})

export const createSpaceSpecs: SequenceSpec[] = [
  ...Object.entries(FUNCTION_FIELDS).flatMap(([field, fieldSpec]) => [
    topLevelSpec(field, fieldSpec),
    ...nestedSpecs(field, fieldSpec),
  ]),
  ...kindRuntimeSpecs,
  rootfsSpec,
  multiErrorSpec,
  extendedSpec,
]
