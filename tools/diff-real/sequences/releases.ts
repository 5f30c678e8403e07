import { createBody, FUNCTIONS, type SequenceSpec, spec, updateBody } from './dsl.js'

// Inputs on which the three releases answer differently (decision 0025), read from the source diff
// between the tags: each is sent to every release, whose own answers the golden corpus records.

/** Names only some releases take, in a create body and then in a path. */
const NAMES = ['0@Svc@fn', '0@svc@Fn', '0-Svc-fn', '0-svc-a.b', 'Fn', 'f.n', '9fn', 'a.', 'fn-']

/** Runtimes of one template and not another (0.10.0 spells `custom runtime` with a space). */
const RUNTIMES = ['python3.10', 'python3.11', 'python3.12', 'python3.13', 'python3.14']
const CUSTOM_RUNTIMES = ['custom-runtime', 'custom runtime']

/** Fields 0.8.0 or 0.10.0 added, with values of the wrong type: an older release ignores them. */
const ADDED_FIELDS: Record<string, unknown> = {
  enableMetrics: 'x',
  enableSessionCtx: 'x',
  priorityAz: 1,
  sandboxType: 1,
  extendedMetaData: 'x',
  enableAgentSession: 'x',
  idleTime: 'x',
  warmup: 1,
  rootfs: 'x',
  autoScaleConfig: 'x',
  schedulePolicy: 1,
  scalePolicy: 1,
  isFuncPublic: 'x',
}

/** The same fields with values every release that has them stores. */
const ADDED_VALUES = {
  enableMetrics: true,
  enableSessionCtx: true,
  priorityAz: 'az1',
  sandboxType: 'gvisor',
  enableAgentSession: true,
  idleTime: 30,
  warmup: 'w',
  autoScaleConfig: { slaQuota: 2 },
  schedulePolicy: 's',
  scalePolicy: 'p',
  isFuncPublic: true,
}

export const releaseSpecs: SequenceSpec[] = [
  spec('releases/names', (s) => {
    for (const name of NAMES) {
      const path = `${FUNCTIONS}/${name}`
      s.post(FUNCTIONS, createBody(name)).get(path).get(`${path}/versions`).get(`${path}?isAdmin=1`)
      s.post(`${path}/versions`, { revisionId: '<rev#last>', versionNumber: '1' }).put(path, updateBody())
      s.delete(path)
    }
    s.get(FUNCTIONS)
  }),
  spec('releases/urn-names', (s) => {
    s.post(FUNCTIONS, createBody('0@Svc@fn'))
    s.get(`${FUNCTIONS}/sn:cn:yrk:${s.tenant}:function:0@Svc@fn`)
    s.get(`${FUNCTIONS}/sn:cn:yrk:${s.tenant}:function:0@Svc@fn:latest`)
    s.get(`${FUNCTIONS}/sn:cn:yrk:${s.tenant}:function:Fn`)
  }),
  spec('releases/runtimes', (s) => {
    for (const [index, runtime] of [...RUNTIMES, ...CUSTOM_RUNTIMES].entries()) {
      s.post(FUNCTIONS, createBody(`fn${index}`, { runtime }))
    }
    s.get(FUNCTIONS)
  }),
  spec('releases/added-fields-wrong-types', (s) => {
    for (const [field, value] of Object.entries(ADDED_FIELDS)) {
      s.post(FUNCTIONS, createBody(`fn-${field.toLowerCase()}`, { [field]: value }))
    }
    s.post(FUNCTIONS, createBody('fn'))
    for (const [field, value] of Object.entries(ADDED_FIELDS))
      s.put(`${FUNCTIONS}/fn`, updateBody({ [field]: value }))
    s.get(FUNCTIONS)
  }),
  spec('releases/added-fields-stored', (s) => {
    s.post(FUNCTIONS, createBody('fn', ADDED_VALUES)).get(`${FUNCTIONS}/fn`).get(`${FUNCTIONS}/fn?isAdmin=1`)
    s.post(`${FUNCTIONS}/fn/versions`, { revisionId: '<rev#1>', versionNumber: '1' })
    s.put(`${FUNCTIONS}/fn`, updateBody({ ...ADDED_VALUES, priorityAz: 'az2', enableMetrics: false }))
    s.get(`${FUNCTIONS}/fn/versions`).get(`${FUNCTIONS}/fn/versions?isAdmin=1`).get(FUNCTIONS)
    s.post(FUNCTIONS, createBody('fn', ADDED_VALUES), { headers: {} }).get(`${FUNCTIONS}?isAdmin=1`)
  }),
  spec('releases/rootfs', (s) => {
    const mounts = [{ source: '/a', target: '/b', readonly: true }]
    s.post(FUNCTIONS, createBody('mounts-only', { rootfs: { mounts } })).get(`${FUNCTIONS}/mounts-only`)
    s.post(
      FUNCTIONS,
      createBody('image', { rootfs: { type: 'image', imageurl: 'i', user: 'u', ports: ['80'] } }),
    )
    s.get(`${FUNCTIONS}/image`).get(`${FUNCTIONS}/image/versions`)
    s.post(FUNCTIONS, createBody('bad', { rootfs: { type: 'image', user: 'u' } }))
    s.post(FUNCTIONS, createBody('user-only', { rootfs: { user: 'u', ports: ['80'] } }))
    s.put(`${FUNCTIONS}/image`, updateBody({ rootfs: { mounts } })).get(`${FUNCTIONS}/image?isAdmin=1`)
  }),
  spec('releases/kinds', (s) => {
    for (const kind of ['yrlib', 'agent', 'other', 'FAAS']) {
      s.post(FUNCTIONS, createBody(`fn-${kind.toLowerCase()}`, { kind })).get(
        `${FUNCTIONS}/fn-${kind.toLowerCase()}`,
      )
      s.post(`${FUNCTIONS}/fn-${kind.toLowerCase()}/versions`, {
        revisionId: '<rev#last>',
        versionNumber: '1',
        kind,
      })
    }
    s.get(FUNCTIONS).get(`${FUNCTIONS}/fn-yrlib/versions`).get(`${FUNCTIONS}?isAdmin=1`)
  }),
]
