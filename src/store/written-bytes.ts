/** What one function takes in a copied function index (a Map entry and its key), about. */
export const INDEX_ENTRY_BYTES = 64

/** The length of a value's JSON, with Maps (reservation labels) as their entries. */
export function toJsonLength(value: unknown): number {
  return JSON.stringify(value, (_key, inner) => (inner instanceof Map ? [...inner] : inner))?.length ?? 0
}
