import { createBody, FUNCTIONS, PODPOOLS, RESERVE, type Steps, updateBody } from './dsl.js'

/** Writers sent at once to one function (or pool), between a setup and checks (decision 0027). */
export interface ConcurrentSpec {
  readonly name: string
  readonly setup: (s: Steps) => void
  readonly batch: (s: Steps) => void
  readonly check: (s: Steps) => void
}

const F = `${FUNCTIONS}/fn`
const FAAS = '0@svc@cc'

const readBack = (s: Steps) => s.get(`${F}?isAdmin=1`).get(`${F}/versions`).get(FUNCTIONS)

export const CONCURRENT_SPECS: readonly ConcurrentSpec[] = [
  {
    name: 'concurrent/updates',
    setup: (s) => s.post(FUNCTIONS, createBody('fn')),
    batch: (s) => {
      for (const cpu of [600, 700, 800]) s.put(F, updateBody({ cpu }))
    },
    check: readBack,
  },
  {
    name: 'concurrent/publishes',
    setup: (s) => s.post(FUNCTIONS, createBody('fn')),
    batch: (s) => {
      for (const versionNumber of ['1', '2', '1'])
        s.post(`${F}/versions`, { revisionId: '<rev#last>', versionNumber })
    },
    check: readBack,
  },
  {
    name: 'concurrent/update-and-publish',
    setup: (s) => s.post(FUNCTIONS, createBody('fn')),
    batch: (s) => {
      s.put(F, updateBody({ memory: 1024 })).post(`${F}/versions`, {
        revisionId: '<rev#last>',
        versionNumber: '1',
      })
    },
    check: readBack,
  },
  {
    name: 'concurrent/delete-and-update',
    setup: (s) =>
      s
        .post(FUNCTIONS, createBody('fn'))
        .post(`${F}/versions`, { revisionId: '<rev#last>', versionNumber: '1' }),
    batch: (s) => {
      s.delete(F)
        .put(F, updateBody({ cpu: 900 }))
        .delete(`${F}?versionNumber=1`)
    },
    check: readBack,
  },
  {
    name: 'concurrent/creates',
    setup: () => {},
    batch: (s) => {
      s.post(FUNCTIONS, createBody('fn', { cpu: 600 })).post(FUNCTIONS, createBody('fn', { cpu: 700 }))
    },
    check: readBack,
  },
  {
    name: 'concurrent/reserve-labels',
    setup: (s) => s.post(FUNCTIONS, createBody(FAAS, { kind: 'faas' })),
    batch: (s) => {
      for (const maxInstance of [2, 3]) {
        s.post(RESERVE, {
          funcName: FAAS,
          version: 'latest',
          instanceLabel: 'l1',
          instanceConfigInfos: [{ maxInstance }],
        })
      }
      s.delete(RESERVE, { body: { funcName: FAAS, version: 'latest', instanceLabel: 'l1' } })
    },
    check: (s) => s.get(RESERVE, { body: { funcName: FAAS, version: 'latest' } }),
  },
  {
    name: 'concurrent/pool-updates',
    setup: (s) =>
      s.post(PODPOOLS, {
        pools: [{ id: `${s.unique}-c`, group: `${s.unique}g`, size: 1, max_size: 5, status: 1 }],
      }),
    batch: (s) => {
      for (const size of [2, 3]) s.put(`${PODPOOLS}/${s.unique}-c`, { size })
      s.delete(`${PODPOOLS}?id=${s.unique}-c`)
    },
    check: (s) => s.get(`${PODPOOLS}?id=${s.unique}-c`),
  },
]
