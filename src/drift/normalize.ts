/**
 * Replaces values that depend on the clock (times, revision ids, default version numbers) by
 * placeholders numbered by first appearance within one sequence, so that a value the real server
 * repeats must repeat in the fake too. Nothing else is touched.
 *
 * The real server reads the clock several times in one request (createTime and Published may differ
 * by a millisecond), so a clock value is identified by the request during which it was produced: the
 * target reports each request's time window, and every value inside one window is one instant.
 */
const TIME = /(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{3}) UTC/g
// the default version of a publish without versionNumber: "v" + server-local (here UTC) YYYYMMDD-HHMMSS
const VERSION = /\bv(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\b/g
const REVISION = /"revisionId":"(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{0,3})"/g
const PLACEHOLDER = /<(time|rev|ver)#(\d+|last)>/g

/** Milliseconds since the epoch of UTC date parts; a fraction is padded on the right (revision ids drop trailing zeros). */
function epochOf(parts: readonly string[], fraction = ''): number {
  const [y, mo, d, h, mi, s] = parts.map(Number) as [number, number, number, number, number, number]
  return Date.UTC(y, mo - 1, d, h, mi, s, Number(fraction.padEnd(3, '0')))
}

export class ClockValues {
  readonly #byRaw = new Map<string, string>()
  readonly #byPlaceholder = new Map<string, string>()
  readonly #instantIds = new Map<string, number>()
  readonly #windows: Array<readonly [number, number]> = []
  #lastRevision: string | undefined

  /** The wall-clock window (ms, inclusive) of the request whose answer comes next. */
  beginRequest(start: number, end: number): void {
    this.#windows.push([start, end])
  }

  /** Which request produced an instant (the latest window holding it), or the raw text if none did. */
  #instantKey(epoch: number, granularity: number, raw: string): string {
    for (let i = this.#windows.length - 1; i >= 0; i--) {
      const [start, end] = this.#windows[i] as [number, number]
      if (epoch >= start - granularity && epoch <= end + 1) return `request ${i}`
    }
    return `value ${raw}`
  }

  #placeholderFor(kind: string, raw: string, epoch: number, granularity = 1): string {
    const rawKey = `${kind}:${raw}`
    const known = this.#byRaw.get(rawKey)
    if (known) return known
    const instant = `${kind}:${this.#instantKey(epoch, granularity, raw)}`
    const id =
      this.#instantIds.get(instant) ??
      [...this.#instantIds.keys()].filter((k) => k.startsWith(`${kind}:`)).length + 1
    this.#instantIds.set(instant, id)
    const placeholder = `<${kind}#${id}>`
    this.#byRaw.set(rawKey, placeholder)
    if (!this.#byPlaceholder.has(placeholder)) this.#byPlaceholder.set(placeholder, raw)
    return placeholder
  }

  /** The body with every clock-derived value replaced by its placeholder. */
  normalize(body: string): string {
    return body
      .replace(REVISION, (whole: string, ...parts: string[]) => {
        const raw = whole.slice('"revisionId":"'.length, -1)
        this.#lastRevision = raw
        return `"revisionId":"${this.#placeholderFor('rev', raw, epochOf(parts.slice(0, 6), parts[6]))}"`
      })
      .replace(TIME, (raw: string, ...parts: string[]) =>
        this.#placeholderFor('time', raw, epochOf(parts.slice(0, 6), parts[6])),
      )
      .replace(VERSION, (raw: string, ...parts: string[]) =>
        this.#placeholderFor('ver', raw, epochOf(parts.slice(0, 6)), 1000),
      )
  }

  /** Text of a request with placeholders replaced by this target's own values (unknown ones stay). */
  resolve(text: string): string {
    return text.replace(PLACEHOLDER, (whole, kind: string, n: string) => {
      if (kind === 'rev' && n === 'last') return this.#lastRevision ?? whole
      return this.#byPlaceholder.get(whole) ?? whole
    })
  }
}
