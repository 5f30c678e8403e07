import { createBody, FUNCTIONS, type SequenceSpec, spec, updateBody } from '../dsl.js'
import { fieldValues } from './create-space.js'
import { FUNCTION_FIELDS, UPDATE_ONLY_SKIPPED } from './function-fields.js'

const F = `${FUNCTIONS}/fn`

/** A function with something in every field an update can keep or replace. */
const RICH = {
  description: 'orig',
  handler: 'h.main',
  minInstance: '1',
  maxInstance: '9',
  concurrentNum: '7',
  environment: { B: 'b', A: 'a' },
  customResources: { y: 1, x: 2 },
  tags: { t2: 'b', t1: 'a' },
  device: { model: 'm', hbm: 1 },
  rootfs: { type: 'image', imageurl: 'img' },
  poolId: 'pool-a',
  storageType: 'local',
  codePath: '/c',
}

/** One PUT per value with the current revision, each read back; the function keeps changing. */
function updateSpec(field: string, values: readonly unknown[], kind: string): SequenceSpec {
  return spec(`space/update/${kind || 'plain'}/${field}`, (s) => {
    const name = kind === 'faas' ? '0@svc@fn' : 'fn'
    const path = `${FUNCTIONS}/${name}`
    s.post(FUNCTIONS, createBody(name, { ...RICH, kind }))
    values.forEach((value, index) => {
      s.put(`${path}${index % 3 === 2 ? '?isAdmin=1' : ''}`, updateBody({ kind, [field]: value }))
      s.get(`${path}${kind === 'faas' ? '?kind=faas' : ''}`)
    })
    s.get(`${path}/versions?isAdmin=1`)
  })
}

const updatable = Object.entries(FUNCTION_FIELDS).filter(([field]) => !UPDATE_ONLY_SKIPPED.has(field))

/** Fields that change what publish and GET show: each once more on a faas function. */
const FAAS_FIELDS = new Set([
  'environment',
  'extendedHandler',
  'extendedTimeout',
  'rootfs',
  'device',
  'layers',
])

/** Updates that leave fields out, send them empty, or keep the old value (`getChange…Value`). */
const keepOrReplaceSpec = spec('space/update/keep-or-replace', (s) => {
  s.post(FUNCTIONS, createBody('fn', RICH))
  const bodies: Record<string, unknown>[] = [
    { revisionId: '<rev#last>' },
    { revisionId: '<rev#last>', cpu: 0, memory: 0, timeout: 0 },
    { revisionId: '<rev#last>', cpu: 500, memory: 256, timeout: 30, handler: '', description: '' },
    {
      revisionId: '<rev#last>',
      cpu: 500,
      memory: 256,
      timeout: 30,
      environment: null,
      customResources: null,
    },
    { revisionId: '<rev#last>', cpu: 500, memory: 256, timeout: 30, environment: {}, customResources: {} },
    { revisionId: '<rev#last>', cpu: 500, memory: 256, timeout: 30, concurrentNum: '0', minInstance: '0' },
    { revisionId: '<rev#last>', cpu: 500, memory: 256, timeout: 30, poolType: 'custom', device: {} },
    { revisionId: '<rev#last>', cpu: 1, memory: 1, timeout: 30, poolType: 'custom' },
    { revisionId: '<rev#last>', cpu: 0, memory: 0, timeout: 30, poolType: 'custom' },
    { revisionId: '<rev#last>', cpu: 1, memory: 1, timeout: 30, device: { count: 1 } },
    { revisionId: '<rev#last>', cpu: 500, memory: 256, timeout: -5 },
    { revisionId: '<rev#last>', cpu: 500, memory: 256, timeout: 99999999 },
  ]
  for (const body of bodies) s.put(F, body).get(`${F}?isAdmin=1`)
  s.post(`${F}/versions`, { revisionId: '<rev#last>', versionNumber: 'k' }).get(`${F}?versionNumber=k`)
})

/** Updates to a version other than the latest, or through a URN or a qualifier. */
const targetsSpec = spec('space/update/targets', (s) => {
  s.post(FUNCTIONS, createBody('fn')).post(`${F}/versions`, { revisionId: '<rev#last>', versionNumber: '1' })
  const t = s.tenant
  for (const path of [
    `${F}?versionNumber=1`,
    `${F}?qualifier=1`,
    `${FUNCTIONS}/sn:cn:yrk:${t}:function:fn`,
    `${FUNCTIONS}/sn:cn:yrk:${t}:function:fn:$latest`,
    `${FUNCTIONS}/sn:cn:yrk:${t}:function:fn:1`,
    `${FUNCTIONS}/sn:cn:yrk:${t}:function:fn:latest`,
    `${FUNCTIONS}/sn:cn:yrk:${t}:function:fn:my-alias`,
    `${FUNCTIONS}/sn:cn:yrk:${t}:function:fn:%25d`,
    `${FUNCTIONS}/0@svc@fn`,
  ]) {
    s.put(path, updateBody()).put(path, updateBody({ kind: 'faas' }))
  }
  s.post(FUNCTIONS, createBody('0@svc@ff', { kind: 'faas' }))
  s.put(`${FUNCTIONS}/0@svc@ff`, updateBody()).put(`${FUNCTIONS}/0@svc@ff`, updateBody({ kind: 'faas' }))
  s.get(`${FUNCTIONS}?kind=faas`)
})

export const updateSpaceSpecs: SequenceSpec[] = [
  ...updatable.map(([field, fieldSpec]) => updateSpec(field, fieldValues(fieldSpec), '')),
  ...updatable
    .filter(([field]) => FAAS_FIELDS.has(field))
    .map(([field, fieldSpec]) => updateSpec(field, fieldValues(fieldSpec), 'faas')),
  keepOrReplaceSpec,
  targetsSpec,
]
