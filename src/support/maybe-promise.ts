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
