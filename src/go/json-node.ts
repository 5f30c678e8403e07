/**
 * A decoded JSON value that keeps what Go's decoder needs for its messages (number literals), and
 * where each value starts in the text (`at`, a UTF-16 offset) so fixture errors can name a line.
 */
export type JsonNode = JsonValue & { readonly at?: number }

type JsonValue =
  | { readonly kind: 'object'; readonly entries: ReadonlyArray<readonly [string, JsonNode]> }
  | { readonly kind: 'array'; readonly items: readonly JsonNode[] }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly literal: string }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'null' }

/** The plain JavaScript value of a node (numbers as JavaScript numbers). */
export function toPlainJson(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map(([key, value]) => [key, toPlainJson(value)]))
    case 'array':
      return node.items.map(toPlainJson)
    case 'number':
      return Number(node.literal)
    case 'null':
      return null
    default:
      return node.value
  }
}
