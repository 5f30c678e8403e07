/**
 * A value built on its first use and kept: for what costs time to build and is not needed at start,
 * like the zod schemas behind the Go types a request body is decoded into (decision 0039).
 * @example const types = lazy(() => toGoType(schema)); types() // built now; the same object later
 */
export function lazy<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined
  return () => {
    built ??= { value: build() }
    return built.value
  }
}
