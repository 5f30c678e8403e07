import { describe, expectTypeOf, it } from 'vitest'
import type {
  PodPool,
  PodPoolCreateResponse,
  ReserveInstanceListResponse,
  ReserveInstanceSaveResponse,
} from '../../src/index.js'
import type { createPools } from '../../src/resources/podpools/create-pools.js'
import type { toPoolJson } from '../../src/resources/podpools/pool-json.js'
import type { listReservations, saveReservation } from '../../src/resources/reserve-instance/reservations.js'

// The presenters whose outputs are typed must satisfy the contract's inferred types: a presenter
// change that breaks the document fails `npm run typecheck`. (The function presenters return
// `Record<string, unknown>`; their answers are checked at run time, against the document, instead.)

type Body<T> = Omit<T, 'code' | 'message'>
/** The store hands out frozen values: compare shapes, not mutability. */
type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T

describe('typed presenters satisfy the contract types', () => {
  it('pod pools', () => {
    expectTypeOf<ReturnType<typeof toPoolJson>>().toExtend<DeepReadonly<PodPool>>()
    expectTypeOf<Awaited<ReturnType<typeof createPools>>>().toExtend<PodPoolCreateResponse['result']>()
  })

  it('reserve-instance', () => {
    expectTypeOf<Awaited<ReturnType<typeof saveReservation>>>().toExtend<
      DeepReadonly<Body<ReserveInstanceSaveResponse>>
    >()
    expectTypeOf<ReturnType<typeof listReservations>>().toExtend<DeepReadonly<ReserveInstanceListResponse>>()
  })
})
