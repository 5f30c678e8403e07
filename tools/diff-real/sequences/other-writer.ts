import { createBody, FUNCTIONS, type SequenceSpec, type Steps, spec, updateBody } from './dsl.js'

/**
 * Issue 24: what the function routes do with state only another writer of etcd creates (the served
 * binary registers no layer, alias or trigger routes). Each sequence puts its layers, aliases and
 * triggers first (`given`), then sends requests that read them: the `other-writer` rows of
 * test/golden/UNCOVERED.md.
 */
const F = `${FUNCTIONS}/fn`
const RUNTIMES = ['python3.9', 'java8']

const layerUrn = (s: Steps, name: string, version: number | string) =>
  `sn:cn:yrk:${s.tenant}:layer:${name}:${version}`

/** Publishes the latest record as version `number`. */
const publish = (s: Steps, number: string, path = F) =>
  s.post(`${path}/versions`, { revisionId: '<rev#last>', versionNumber: number })

export const otherWriterSpecs: SequenceSpec[] = [
  spec('other-writer/layer-create-get-publish', (s) => {
    s.layer({ name: 'lay', version: 1, compatibleRuntimes: RUNTIMES })
    s.post(FUNCTIONS, createBody('fn', { layers: [layerUrn(s, 'lay', 1)] }))
    s.get(F).get(`${F}?isAdmin=1`).get(`${F}/versions`).get(`${FUNCTIONS}?name=fn`)
    publish(s, '1').get(`${F}?versionNumber=1`).get(`${F}/versions?isAdmin=1`)
    // a layer the runtime is not listed by, one that is not there, an empty list
    s.post(FUNCTIONS, createBody('go', { runtime: 'go1.13', layers: [layerUrn(s, 'lay', 1)] }))
    s.post(FUNCTIONS, createBody('two', { layers: [layerUrn(s, 'lay', 2)] }))
    s.post(FUNCTIONS, createBody('dup', { layers: [layerUrn(s, 'lay', 1), layerUrn(s, 'lay', 1)] }))
    s.post(FUNCTIONS, createBody('none', { layers: [] }))
  }),
  spec('other-writer/layer-faas', (s) => {
    s.layer({ name: 'lay', version: 1, compatibleRuntimes: ['python3.9'] })
    s.post(FUNCTIONS, createBody('fn', { kind: 'faas', layers: [layerUrn(s, 'lay', 1)] }))
    s.get(`${F}?kind=faas`)
    s.post(`${F}/versions`, { revisionId: '<rev#last>', versionNumber: '1', kind: 'faas' })
    s.get(`${F}?kind=faas&versionNumber=1`)
    s.put(F, updateBody({ kind: 'faas', layers: [layerUrn(s, 'lay', 1)] }))
  }),
  spec('other-writer/layer-update', (s) => {
    s.layer({ name: 'lay', version: 1, compatibleRuntimes: RUNTIMES })
    s.layer({ name: 'java', version: 2, compatibleRuntimes: ['java8'] })
    s.layer({ name: 'bare', version: 0, compatibleRuntimes: RUNTIMES })
    s.post(FUNCTIONS, createBody('fn'))
    s.put(F, updateBody({ layers: [layerUrn(s, 'lay', 1)] })).get(F)
    s.put(F, updateBody({ layers: [layerUrn(s, 'java', 2)] }))
    s.put(F, updateBody({ layers: ['bare'] }))
    s.put(F, updateBody({ layers: [layerUrn(s, 'lay', 9)] }))
    s.put(F, updateBody({ layers: [] })).get(F)
    s.put(`${F}?isAdmin=1`, updateBody({ layers: [layerUrn(s, 'lay', 1)], codeUploadType: 's3' }))
  }),
  spec('other-writer/layer-by-name-is-version-0', (s) => {
    s.layer({ name: 'bare', version: 0, compatibleRuntimes: RUNTIMES })
    s.layer({ name: 'a:b:c:d:e:f:g:1', version: 0, compatibleRuntimes: RUNTIMES })
    // a name alone stores no version: Atoi fails; an eight-part name stores its last two parts
    s.post(FUNCTIONS, createBody('fn', { layers: ['bare'] }))
    s.post(FUNCTIONS, createBody('fn', { layers: ['a:b:c:d:e:f:g:1'] }))
    s.post(`${FUNCTIONS}?isAdmin=1`, createBody('adm', { layers: ['a:b:c:d:e:f:g:1'], codeUploadType: 's3' }))
    s.get(`${FUNCTIONS}/adm`).get(`${FUNCTIONS}/adm/versions`)
    s.post(FUNCTIONS, createBody('faas8', { kind: 'faas', layers: ['a:b:c:d:e:f:g:1'] }))
    s.post(FUNCTIONS, createBody('big', { layers: ['a:b:c:d:e:f:g:99999999999999999999'] }))
  }),
  spec('other-writer/layer-version-0-latest', (s) => {
    s.layer({ name: 'z', version: 0, compatibleRuntimes: RUNTIMES, indexed: false })
    s.layer({ name: 'z', version: 3, compatibleRuntimes: RUNTIMES, indexed: false })
    s.layer({ name: 'y', version: 0, compatibleRuntimes: RUNTIMES })
    s.layer({ name: 'y', version: 12, compatibleRuntimes: RUNTIMES })
    s.layer({ name: 'y', version: 9, compatibleRuntimes: RUNTIMES })
    s.post(FUNCTIONS, createBody('fn', { layers: [layerUrn(s, 'z', 0)] }))
    s.get(F)
    publish(s, '1').get(`${F}/versions`)
    s.post(FUNCTIONS, createBody('fy', { layers: [layerUrn(s, 'y', '00')] }))
    s.get(`${FUNCTIONS}/fy`)
  }),
  spec('other-writer/alias-get-and-delete', (s) => {
    s.alias({ functionName: 'fn', name: 'prod', functionVersion: '1', routingConfig: { '1': 100 } })
    s.alias({ functionName: 'fn', name: 'canary', functionVersion: '2', routingConfig: { '2': 60, '3': 40 } })
    s.alias({ functionName: 'fn', name: 'empty', functionVersion: '' })
    s.alias({ functionName: 'fn', name: 'gone', functionVersion: '7', routingConfig: {} })
    s.post(FUNCTIONS, createBody('fn'))
    s.get(`${F}?qualifier=prod`)
    publish(s, '1')
    publish(s, '3')
    s.get(`${F}?qualifier=prod`).get(`${F}?qualifier=prod&versionNumber=$latest`)
    s.get(`${FUNCTIONS}/sn:cn:yrk:${s.tenant}:function:fn:prod`).get(`${F}?qualifier=prod&isAdmin=1`)
    s.get(`${F}?qualifier=empty`).get(`${F}?qualifier=gone`).get(`${F}?qualifier=canary`)
    s.delete(`${F}?versionNumber=1`).delete(`${F}?qualifier=1`).delete(`${F}?versionNumber=3`)
    s.delete(`${F}?versionNumber=2`).get(`${F}/versions`)
    s.delete(F).post(FUNCTIONS, createBody('fn')).get(`${F}?qualifier=prod`)
  }),
  spec('other-writer/alias-other-version-deletes', (s) => {
    s.alias({ functionName: 'fn', name: 'prod', functionVersion: '1', routingConfig: { '1': 100 } })
    s.alias({ functionName: 'fn', name: 'plain', functionVersion: '3' })
    s.alias({ functionName: 'other', name: 'prod', functionVersion: '2', routingConfig: { '2': 100 } })
    s.post(FUNCTIONS, createBody('fn'))
    publish(s, '1')
    publish(s, '2')
    publish(s, '3')
    s.delete(`${F}?versionNumber=2`).delete(`${F}?versionNumber=3`).delete(`${F}?versionNumber=1`)
    s.get(`${F}/versions`).get(`${F}?qualifier=plain`)
  }),
  spec('other-writer/triggers-deleted-with-function', (s) => {
    s.trigger({ functionName: 'fn', versionOrAlias: '1', triggerId: 'tr1' })
    s.trigger({ functionName: 'fn', versionOrAlias: '$latest', triggerId: 'tr2' })
    s.trigger({ functionName: 'fn', versionOrAlias: 'prod', triggerId: 'tr3' })
    s.post(FUNCTIONS, createBody('fn'))
    publish(s, '1')
    publish(s, '2')
    s.delete(`${F}?versionNumber=1`).delete(`${F}?versionNumber=2`).get(`${F}/versions`)
    s.delete(F).get(F)
  }),
  spec('other-writer/trigger-of-unknown-type', (s) => {
    s.trigger({ functionName: 'fn', versionOrAlias: '1', triggerId: 'k1', triggerType: 'KAFKA' })
    s.trigger({ functionName: 'fn', versionOrAlias: '2', triggerId: 'h2' })
    s.post(FUNCTIONS, createBody('fn'))
    publish(s, '1')
    publish(s, '2')
    s.delete(`${F}?versionNumber=2`).delete(`${F}?versionNumber=1`).delete(F).get(`${F}/versions`)
  }),
]
