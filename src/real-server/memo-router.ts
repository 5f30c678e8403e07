import type { Result, Router } from 'hono/router'
import { TrieRouter } from 'hono/router/trie-router'

/**
 * Distinct method-and-path pairs remembered (a few hundred KiB); past it the oldest is forgotten.
 * The soak's mix alone asks for ~2,000 (four routes of 500 function names).
 */
export const MEMO_LIMIT = 4096

/**
 * Hono's TrieRouter, remembering its matches by method and path. Searching the trie cost ~5 µs of a
 * request (profiled under the soak's mix), and clients ask for the same few paths again and again.
 * Hono reads a match without changing it (its RegExpRouter hands out shared matches too), so one
 * match can serve every request of its path. RegExpRouter itself refuses this route table
 * (decision 0009).
 */
export class MemoRouter<T> implements Router<T> {
  readonly name = 'MemoRouter(TrieRouter)'
  readonly #trie = new TrieRouter<T>()
  readonly #matches = new Map<string, Result<T>>()

  add(method: string, path: string, handler: T): void {
    this.#matches.clear()
    this.#trie.add(method, path, handler)
  }

  match(method: string, path: string): Result<T> {
    const key = `${method} ${path}`
    const known = this.#matches.get(key)
    if (known !== undefined) return known
    const result = this.#trie.match(method, path)
    if (this.#matches.size >= MEMO_LIMIT) this.#forgetOldest()
    this.#matches.set(key, result)
    return result
  }

  #forgetOldest(): void {
    const oldest = this.#matches.keys().next()
    if (!oldest.done) this.#matches.delete(oldest.value)
  }

  /** How many matches are remembered. */
  get size(): number {
    return this.#matches.size
  }
}
