import { html } from 'hono/html'
import type { SessionSummary } from './dashboard-source.js'

/** A piece of HTML; `html` escapes every interpolated value that is not itself a piece. */
export type Html = ReturnType<typeof html>

/** The parameters of a view, as the client sends them from the page's hash (`#/state?session=s:`). */
export type ViewParams = URLSearchParams

/**
 * Session ids travel as `s:<id>`, so that the default session (id '') differs from "every session"
 * (no value) in forms and links.
 */
export function toSessionValue(id: string): string {
  return `s:${id}`
}

/** The session a parameter names, or undefined for "every session". */
export function readSession(params: ViewParams): string | undefined {
  const value = params.get('session')
  return value?.startsWith('s:') ? value.slice(2) : undefined
}

/** How a session is shown: the default one has no id. */
export function describeSession(id: string): string {
  return id === '' ? '(default)' : id
}

/** A page number from the parameters: 1 unless a positive integer is given. */
export function readPage(params: ViewParams, name = 'page'): number {
  const page = Number(params.get(name))
  return Number.isInteger(page) && page > 0 ? page : 1
}

/** A link to a view with parameters, as the client routes it. */
export function viewHref(view: string, params: Record<string, string | undefined>): string {
  const defined = Object.entries(params).filter((pair): pair is [string, string] => pair[1] !== undefined)
  return `#/${view}?${new URLSearchParams(defined)}`
}

/** A select of the live sessions, with "every session" first when `includeAll`. */
export function sessionSelect(
  sessions: readonly SessionSummary[],
  selected: string | undefined,
  includeAll: boolean,
): Html {
  const ids = sessions.map((session) => session.id)
  if (!ids.includes('')) ids.unshift('')
  if (selected !== undefined && !ids.includes(selected)) ids.push(selected)
  return html`<label
    >Session
    <select name="session">
      ${includeAll ? html`<option value="" ${selected === undefined ? 'selected' : ''}>every session</option>` : ''}
      ${ids.map(
        (id) =>
          html`<option value="${toSessionValue(id)}" ${id === selected ? 'selected' : ''}>
            ${describeSession(id)}
          </option>`,
      )}
    </select></label
  >`
}

/** Previous and next links with where the page is; nothing when everything fits on one page. */
export function pager(
  total: number,
  page: number,
  pageSize: number,
  hrefOf: (page: number) => string,
  label: string,
): Html {
  const pages = Math.max(1, Math.ceil(total / pageSize))
  if (pages === 1) return html``
  return html`<nav class="pager" aria-label="${label}">
    ${page > 1 ? html`<a href="${hrefOf(page - 1)}">Previous page</a>` : ''}
    <span>Page ${page} of ${pages}</span>
    ${page < pages ? html`<a href="${hrefOf(page + 1)}">Next page</a>` : ''}
  </nav>`
}

/** A value as indented JSON, for records and bodies. */
export function jsonBlock(value: unknown, label: string): Html {
  return html`<pre class="json" aria-label="${label}" tabindex="0">${JSON.stringify(value, null, 2)}</pre>`
}

/** A body as sent: pretty when it is JSON, as is otherwise. */
export function bodyBlock(body: string, label: string): Html {
  if (body === '') return html`<p class="muted">(empty)</p>`
  try {
    return jsonBlock(JSON.parse(body), label)
  } catch {
    return html`<pre aria-label="${label}" tabindex="0">${body}</pre>`
  }
}

/** Headers as a two-column list. */
export function headerList(headers: Readonly<Record<string, string>>): Html {
  const entries = Object.entries(headers)
  if (entries.length === 0) return html`<p class="muted">(none)</p>`
  return html`<dl class="headers">
    ${entries.map(([name, value]) => html`<dt>${name}</dt><dd>${value}</dd>`)}
  </dl>`
}

/** A status as shown: the code, or what happened when there was none. */
export function describeStatus(status: number | null, outcome: string): string {
  if (status === null) return 'dropped'
  return outcome === 'truncated' ? `${status} cut short` : String(status)
}
