/** A decoded JSON value that keeps what Go's decoder needs for its messages (number literals). */
export type JsonNode =
  | { readonly kind: 'object'; readonly entries: ReadonlyArray<readonly [string, JsonNode]> }
  | { readonly kind: 'array'; readonly items: readonly JsonNode[] }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly literal: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'null' }
