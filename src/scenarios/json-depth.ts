/** How deep the expected value of a `json` match may nest: a request body's fields need a few levels. */
export const MAX_JSON_MATCH_DEPTH = 64

/**
 * Whether a JSON value nests objects or arrays more than `limit` levels deep (a scalar is 0 levels,
 * `[1]` is 1). Walks without recursion and stops at the first level past the limit, so no depth of
 * input can overflow the stack.
 */
export function isNestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue
    if (next.depth + 1 > limit) return true
    for (const child of Object.values(next.value)) pending.push({ value: child, depth: next.depth + 1 })
  }
  return false
}
