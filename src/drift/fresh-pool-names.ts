import type { Step } from './exchange.js'

const POOLS_PATH = '/serverless/v1/podpools'
/** The real server's rule for a pool id or group: lowercase letters, digits, '-' inside, 1 to 40 characters. */
const VALID_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const MAX_NAME = 40
/** A pool created without a group lands in "default": that name is the server's, never a fresh one. */
const KEPT_NAMES = new Set(['default'])

/**
 * Fresh pod pool ids and groups for one verify run. Pools are global on the server (no tenant
 * scopes them), so replaying a sequence a second time met the first run's pools ("already
 * exists", longer lists). Each valid name gets the run's tag in front (in place of its first
 * characters when that would pass 40, so the server's length rule answers as recorded); invalid
 * names stay as they are, since the answer that refuses them names them.
 */
export class FreshPoolNames {
  /** Recorded name → fresh name. */
  readonly #fresh = new Map<string, string>()
  readonly #taken = new Set<string>()

  constructor(readonly tag: string) {}

  /** The step with every pool id and group it names (path, query, body) made fresh. */
  rewrite(step: Step): Step {
    if (!step.path.startsWith(POOLS_PATH)) return step
    const path = this.#rewritePath(step.path)
    if (step.body === undefined) return { ...step, path }
    // Any case: the server's Go decoder reads "ID" or "Group" as the same field.
    const body = step.body.replace(/"(id|group)"(\s*:\s*)"([^"\\]*)"/gi, (_all, key, colon, name) => {
      return `"${key}"${colon}"${this.#toFresh(name)}"`
    })
    return { ...step, path, body }
  }

  /** An answer's text with the recorded names back in place of the fresh ones. */
  restore(text: string): string {
    const longestFirst = [...this.#fresh].sort(([, a], [, b]) => b.length - a.length)
    for (const [recorded, fresh] of longestFirst) text = text.replaceAll(fresh, recorded)
    return text
  }

  #rewritePath(path: string): string {
    const [route = '', query] = splitOnce(path, '?')
    const id = route.startsWith(`${POOLS_PATH}/`) ? route.slice(POOLS_PATH.length + 1) : undefined
    const freshRoute = id === undefined ? route : `${POOLS_PATH}/${this.#toFresh(id)}`
    if (query === undefined) return freshRoute
    const params = query.split('&').map((param) => {
      const [key = '', value] = splitOnce(param, '=')
      return (key === 'id' || key === 'group') && value !== undefined
        ? `${key}=${this.#toFresh(value)}`
        : param
    })
    return `${freshRoute}?${params.join('&')}`
  }

  #toFresh(name: string): string {
    const known = this.#fresh.get(name)
    if (known !== undefined) return known
    if (!VALID_NAME.test(name) || name.length > MAX_NAME || KEPT_NAMES.has(name)) return name
    const fresh =
      name.length + this.tag.length <= MAX_NAME ? this.tag + name : this.tag + name.slice(this.tag.length)
    // Two long names alike past their first characters would share a fresh one: keep the second as it is.
    if (this.#taken.has(fresh) || !VALID_NAME.test(fresh)) return name
    this.#fresh.set(name, fresh)
    this.#taken.add(fresh)
    return fresh
  }
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator)
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)]
}
