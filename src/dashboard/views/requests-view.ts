import { html } from 'hono/html'
import { z } from '../../support/zod.js'
import type { Page, RequestDetail, RequestSummary, UnmatchedRequest } from '../dashboard-source.js'
import {
  bodyBlock,
  describeSession,
  describeStatus,
  headerList,
  pager,
  readPage,
  readSession,
  sessionSelect,
  toSessionValue,
  viewHref,
} from '../render-parts.js'
import { defineView, viewParams } from './view.js'

const PAGE_SIZE = 50
const UNMATCHED_PAGE_SIZE = 10
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']

/** The live journal, newest first, filtered; then the requests no route matched. */
export const requestsView = defineView({
  name: 'requests',
  query: () =>
    z.strictObject({
      ...viewParams(),
      upage: viewParams().page,
      method: z.string().optional(),
      path: z.string().optional().describe('a part of the path'),
      status: z
        .string()
        .regex(/^\s*(\d{3}|[1-5]xx|dropped)?\s*$/i, 'a status such as 404, a class such as 5xx, or "dropped"')
        .optional(),
    }),
  load(source, params) {
    const session = readSession(params)
    const filter = {
      method: params.get('method') || undefined,
      path: params.get('path') || undefined,
      status: params.get('status') || undefined,
    }
    return {
      session,
      filter,
      sessions: source.listSessions(),
      requests: source.pageRequests({ ...filter, session, page: readPage(params), pageSize: PAGE_SIZE }),
      unmatched: source.pageUnmatched({
        session,
        page: readPage(params, 'upage'),
        pageSize: UNMATCHED_PAGE_SIZE,
      }),
    }
  },
  render({ session, filter, sessions, requests, unmatched }) {
    const params = { session: session === undefined ? undefined : toSessionValue(session), ...filter }
    return html`<h1 tabindex="-1">Requests</h1>
      <form data-view="requests" class="filters" role="search" aria-label="Filter requests">
        ${sessionSelect(sessions, session, true)}
        <label
          >Method
          <select name="method">
            <option value="">any</option>
            ${METHODS.map((m) => html`<option ${m === filter.method?.toUpperCase() ? 'selected' : ''}>${m}</option>`)}
          </select></label
        >
        <label>Path contains <input name="path" value="${filter.path ?? ''}" /></label>
        <label>Status <input name="status" value="${filter.status ?? ''}" placeholder="404, 5xx, dropped" size="10" /></label>
        <button type="submit">Filter</button>
      </form>
      <p class="count" id="request-count">${requests.total} requests, newest first</p>
      ${requestList(requests)}
      ${pager(requests.total, requests.page, requests.pageSize, (page) => viewHref('requests', { ...params, page: String(page) }), 'Request pages')}
      <h2>Requests no route matched</h2>
      <p class="count">${unmatched.total} requests matched none of the real server's routes (they got its 404 or a redirect).</p>
      ${unmatchedList(unmatched)}
      ${pager(unmatched.total, unmatched.page, unmatched.pageSize, (page) => viewHref('requests', { ...params, upage: String(page) }), 'Unmatched request pages')}`
  },
})

function requestList(requests: Page<RequestSummary>) {
  if (requests.items.length === 0) return html`<p class="muted">No requests yet.</p>`
  return html`<ol class="rows" aria-label="Requests">
    ${requests.items.map((request) => html`<li>${requestDetails(request, `req-${request.id}`)}</li>`)}
  </ol>`
}

/** A request that opens (on demand) to everything the journal and the answer store know about it. */
function requestDetails(request: RequestSummary, id: string) {
  const status = describeStatus(request.status, request.outcome)
  const failed = request.status === null || request.status >= 400 || request.outcome !== 'response'
  return html`<details id="${id}" data-src="request/${request.id}">
    <summary>
      <span class="method">${request.method}</span>
      <span class="path">${request.path}</span>
      <span class="status ${failed ? 'bad' : 'ok'}">${status}</span>
      <span class="session">${describeSession(request.session)}</span>
      ${request.rule ? html`<span class="rule">rule: ${request.rule}</span>` : ''}
      <span class="time">${request.time.slice(11, 23)}</span>
    </summary>
    <div class="detail" aria-live="polite">Loading…</div>
  </details>`
}

function unmatchedList(unmatched: Page<UnmatchedRequest>) {
  if (unmatched.items.length === 0) return html`<p class="muted">None.</p>`
  return html`<ol class="rows" aria-label="Requests no route matched">
    ${unmatched.items.map(
      ({ request, nearMisses }) => html`<li>
        ${requestDetails(request, `unmatched-${request.id}`)}
        <p class="near">Nearest routes:</p>
        <ul class="near">
          ${nearMisses.map((miss) => html`<li><code>${miss.route}</code>: ${miss.differences.join('; ')}</li>`)}
        </ul>
      </li>`,
    )}
  </ol>`
}

/** The fragment a request opens to. */
export function renderRequestDetail(request: RequestDetail) {
  const rule = request.firedRule
  return html`<dl class="facts">
      <dt>URL</dt><dd><code>${request.url}</code></dd>
      <dt>Time</dt><dd>${request.time} (${request.durationMs} ms)</dd>
      <dt>Session</dt><dd>${describeSession(request.session)}</dd>
      <dt>Answer</dt><dd>${describeStatus(request.status, request.outcome)}</dd>
      <dt>Rule</dt><dd>${request.rule ?? 'none: the normal answer'}</dd>
      ${rule ? html`<dt>Rule does</dt><dd>${rule.action}</dd><dt>Fault</dt><dd class="fault">${rule.fault ?? 'none'}</dd>` : ''}
    </dl>
    <div class="columns">
      <section><h3>Request headers</h3>${headerList(request.headers)}<h3>Request body</h3>${bodyBlock(request.body, 'Request body')}</section>
      <section>
        <h3>Answer</h3>
        ${
          request.answer
            ? html`<p>HTTP ${request.answer.status ?? 'none'}</p>
                ${request.answer.note ? html`<p class="note">${request.answer.note}</p>` : ''}
              ${headerList(request.answer.headers)} ${bodyBlock(request.answer.body, 'Answer body')}`
            : html`<p class="muted">Not kept: answers are kept while a dashboard is open.</p>`
        }
      </section>
    </div>`
}
