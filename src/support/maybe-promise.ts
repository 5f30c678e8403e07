/** A value now, or later. */
export type MaybePromise<T> = T | Promise<T>

/**
 * `next(value)`, now if the value is here, else when it comes. The request pipeline passes values
 * on this way so that an answer that needs no waiting (a kept GET, `/healthz`) goes through without
 * a microtask: every `await` on the way cost promises, ticks and garbage (decision 0009).
 */
export function whenReady<T, U>(
  value: MaybePromise<T>,
  next: (value: T) => MaybePromise<U>,
): MaybePromise<U> {
  return value instanceof Promise ? value.then(next) : next(value)
}

/** Settled once: what `rejectOnceAwaited` waits on. */
const SETTLED: Promise<void> = Promise.resolve()

/**
 * A promise that rejects with `error` a microtask from now, once its caller has awaited it. A promise
 * rejected at once (`Promise.reject`) has no handler yet: V8 reports it to Node, which tracks it as
 * possibly unhandled until the caller's `await` is attached, and is told again then. Under the soak's
 * mix every PUT, publish and DELETE of a missing function went through that (`MetaStore.exclusive`;
 * decision 0041).
 */
export function rejectOnceAwaited<T>(error: unknown): Promise<T> {
  return SETTLED.then(() => {
    throw error
  })
}
