import { etcdStep, type Sequence } from '../exchange.js'
import {
  buildSequences,
  createBody,
  FUNCTIONS,
  PODPOOLS,
  RESERVE,
  type SequenceSpec,
  type Steps,
  spec,
  updateBody,
} from './dsl.js'

/**
 * What every route answers while etcd is down (decision 0031): data written first, etcd taken down,
 * one valid request per route (each costs the real server its 40 s etcd timeout, so one is enough:
 * an invalid one is refused before etcd, and answered as usual), etcd brought back, the data read
 * again (an outage loses nothing). Kept apart from the scripted sequences: they need a real server
 * whose etcd the harness can kill (`--etcd-faults`), and take about 15 minutes.
 */
const FN = '0@svc@outage'

function outage(s: Steps, during: () => void): void {
  s.steps.push(etcdStep('down'))
  during()
  s.get('/healthz')
  s.steps.push(etcdStep('up'))
}

function withFunction(s: Steps): void {
  s.post(FUNCTIONS, createBody(FN, { kind: 'faas' }))
  s.post(`${FUNCTIONS}/${FN}/versions`, { revisionId: '<rev#last>', versionNumber: '1', kind: 'faas' })
}

const reservation = (label: string, maxInstance = 2) => ({
  funcName: FN,
  version: 'latest',
  instanceLabel: label,
  instanceConfigInfos: [{ clusterId: 'cluster001', maxInstance, minInstance: 1 }],
})

export const etcdSpecs: SequenceSpec[] = [
  spec('etcd/functions', (s) => {
    withFunction(s)
    outage(s, () => {
      s.get(`${FUNCTIONS}/${FN}`)
        .get(`${FUNCTIONS}/${FN}?versionNumber=1`)
        .get(`${FUNCTIONS}/${FN}?qualifier=1`)
      s.get(FUNCTIONS).get(`${FUNCTIONS}/${FN}/versions`)
      s.post(FUNCTIONS, createBody('0@svc@during'))
      s.put(`${FUNCTIONS}/${FN}`, updateBody())
      s.post(`${FUNCTIONS}/${FN}/versions`, { revisionId: '<rev#last>', versionNumber: '2' })
      s.delete(`${FUNCTIONS}/${FN}?versionNumber=1`).delete(`${FUNCTIONS}/${FN}`)
    })
    s.get(`${FUNCTIONS}/${FN}/versions`).get(FUNCTIONS)
  }),
  spec('etcd/reserve-instance', (s) => {
    withFunction(s)
    s.post(RESERVE, reservation('l1'))
    outage(s, () => {
      s.get(RESERVE, { body: { funcName: FN, version: 'latest' } })
      s.post(RESERVE, reservation('l2')).put(RESERVE, reservation('l1', 3))
      s.delete(RESERVE, { body: { funcName: FN, version: 'latest', instanceLabel: 'l1' } })
    })
    s.get(RESERVE, { body: { funcName: FN, version: 'latest' } })
  }),
  spec('etcd/podpools', (s) => {
    const id = `${s.unique}-p`
    s.post(PODPOOLS, { pools: [{ id, group: `${s.unique}g`, size: 1 }] })
    outage(s, () => {
      s.get(`${PODPOOLS}?id=${id}`)
      s.post(PODPOOLS, { pools: [{ id: `${s.unique}-q`, group: `${s.unique}g`, size: 1 }] })
      s.put(`${PODPOOLS}/${id}`, { size: 2 }).delete(`${PODPOOLS}?id=${id}`)
    })
    s.get(`${PODPOOLS}?id=${id}`)
  }),
]

/**
 * The outage sequences of one run; `tag` as for the scripted ones, with an `o` so that their pool ids
 * (global on the real server, prefixed by the sequence's index) never meet the scripted ones'.
 */
export function etcdSequences(tag: string): Sequence[] {
  return buildSequences(etcdSpecs, `${tag}o`)
}

/** Whether a sequence takes etcd down somewhere (such a sequence needs a target that can). */
export function hasOutage(sequence: Sequence): boolean {
  return sequence.steps.some((step) => step.etcd !== undefined)
}
