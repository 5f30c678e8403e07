import { html } from 'hono/html'
import { z } from '../../support/zod.js'
import type { StatePage } from '../dashboard-source.js'
import {
  describeSession,
  jsonBlock,
  pager,
  readPage,
  readSession,
  sessionSelect,
  toSessionValue,
  viewHref,
} from '../render-parts.js'
import { defineView, viewParams } from './view.js'

const PAGE_SIZE = 25

/**
 * A session's state. Which kinds of state there are is data from the source (tenants with their
 * functions and versions, reserve-instance configurations, pod pools once the fake has them).
 */
export const stateView = defineView({
  name: 'state',
  query: () =>
    z.strictObject({
      ...viewParams(),
      resource: z.string().optional().describe('the kind of state (tenants, functions, …)'),
      parent: z.string().optional().describe('the tenant or function it is under'),
    }),
  load(source, params) {
    const session = readSession(params) ?? ''
    const resources = source.stateResources(session)
    const resource = params.get('resource') ?? resources[0]?.id ?? 'tenants'
    const parent = params.get('parent') ?? undefined
    const page = source.pageState(session, { resource, parent, page: readPage(params), pageSize: PAGE_SIZE })
    return { session, resources, page, sessions: source.listSessions() }
  },
  render({ session, resources, page, sessions }) {
    const link = (resource: string, parent?: string, pageNumber?: number) =>
      viewHref('state', {
        session: toSessionValue(session),
        resource,
        parent,
        page: pageNumber === undefined ? undefined : String(pageNumber),
      })
    return html`<h1 tabindex="-1">State of session ${describeSession(session)}</h1>
      <form data-view="state" class="filters" aria-label="Choose a session">
        ${sessionSelect(sessions, session, false)}
        <button type="submit">Show</button>
      </form>
      <nav class="resources" aria-label="Kinds of state">
        <ul>
          ${resources.map(
            (r) =>
              html`<li>
                <a href="${link(r.id)}" ${isUnder(page, r.id) ? 'aria-current="true"' : ''}>${r.label}</a>
                <span class="muted">(${r.total})</span>
              </li>`,
          )}
        </ul>
      </nav>
      ${trail(page, link)}
      <h2>${page.label} <span class="muted">(${page.total})</span></h2>
      ${stateTable(page, link)}
      ${pager(page.total, page.page, page.pageSize, (n) => link(page.resource, parentOf(page), n), 'State pages')}`
  },
})

type LinkOf = (resource: string, parent?: string, page?: number) => string

function parentOf(page: StatePage): string | undefined {
  return page.trail.at(-1)?.parent
}

/** Whether the page shown is a resource or one of the rows opened under it. */
function isUnder(page: StatePage, resource: string): boolean {
  return page.resource === resource || (resource === 'tenants' && page.trail.length > 0)
}

function trail(page: StatePage, link: LinkOf) {
  if (page.trail.length === 0) return ''
  return html`<nav class="trail" aria-label="Where you are">
    <a href="${link('tenants')}">Tenants</a>
    ${page.trail.map((step) => html` › <a href="${link(step.resource, step.parent)}">${step.label}</a>`)}
  </nav>`
}

function stateTable(page: StatePage, link: LinkOf) {
  if (page.items.length === 0) return html`<p class="muted">Nothing here.</p>`
  return html`<table class="state">
    <thead>
      <tr>
        ${page.columns.map((column) => html`<th scope="col">${column}</th>`)}
        <th scope="col">record</th>
      </tr>
    </thead>
    <tbody>
      ${page.items.map(
        (row) => html`<tr>
          ${row.cells.map((cell, index) =>
            index === 0 && row.open
              ? html`<td><a href="${link(row.open.resource, row.open.parent)}">${cell}</a></td>`
              : html`<td>${cell}</td>`,
          )}
          <td>
            <details>
              <summary>JSON<span class="visually-hidden"> of ${row.cells[0] ?? row.key}</span></summary>
              ${jsonBlock(row.record, `Record ${row.key}`)}
            </details>
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`
}
