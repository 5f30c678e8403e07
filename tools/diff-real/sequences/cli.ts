import { createBody, FUNCTIONS, type SequenceSpec, spec, updateBody } from './dsl.js'

const FN = '0@svc@hello'

/** The official CLI's calls (`yrcli`, through the frontend's `/admin/v1`): kind faas, versionNumber queries. */
export const cliSpecs: SequenceSpec[] = [
  spec('cli/official-flow', (s) => {
    s.post(FUNCTIONS, createBody(FN, { kind: 'faas' }))
    s.get(`${FUNCTIONS}/${FN}?versionNumber=latest`)
    s.post(`${FUNCTIONS}/${FN}/versions`, { revisionId: '<rev#last>', kind: 'faas', versionNumber: 'v1' })
    s.get(`${FUNCTIONS}/${FN}?versionNumber=v1`).get(`${FUNCTIONS}?name=hello`)
    s.put(`${FUNCTIONS}/${FN}`, updateBody({ kind: 'faas' }))
    s.get(`${FUNCTIONS}/${FN}/versions`).get(`${FUNCTIONS}?name=hello&kind=faas`)
    s.delete(`${FUNCTIONS}/${FN}?versionNumber=latest`)
    s.get(`${FUNCTIONS}/${FN}?versionNumber=v1`).get(`${FUNCTIONS}/${FN}?versionNumber=latest`)
    s.delete(`${FUNCTIONS}/${FN}`).get(`${FUNCTIONS}/${FN}/versions`)
  }),
]
