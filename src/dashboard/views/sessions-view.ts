import { html } from 'hono/html'
import { z } from '../../support/zod.js'
import { describeSession, toSessionValue, viewHref } from '../render-parts.js'
import { defineView } from './view.js'

/** Live sessions with reset and delete, and the snapshots (taken here or through /__admin/snapshots). */
export const sessionsView = defineView({
  name: 'sessions',
  query: () => z.strictObject({}),
  load(source) {
    return { sessions: source.listSessions(), snapshots: source.listSnapshots() }
  },
  render({ sessions, snapshots }) {
    return html`<h1 tabindex="-1">Sessions and snapshots</h1>
      <p class="muted">A request's <code>x-mock-session</code> header picks its session; a new one starts from the baseline.</p>
      <table class="sessions">
        <caption>${sessions.length} live sessions</caption>
        <thead>
          <tr>
            <th scope="col">session</th><th scope="col">created</th><th scope="col">last used</th>
            <th scope="col">requests</th><th scope="col">records</th><th scope="col">actions</th>
          </tr>
        </thead>
        <tbody>
          ${sessions.map((session) => {
            const name = describeSession(session.id)
            const value = toSessionValue(session.id)
            return html`<tr>
              <td><a href="${viewHref('state', { session: value })}">${name}</a></td>
              <td>${session.createdAt}</td>
              <td>${session.lastUsedAt}</td>
              <td class="number">${session.requests}</td>
              <td class="number">${session.records}</td>
              <td class="actions">
                <button type="button" data-action="snapshot" data-session="${value}" aria-label="Take a snapshot of session ${name}">Snapshot</button>
                <button type="button" data-action="reset-session" data-session="${value}" aria-label="Reset session ${name}">Reset</button>
                <button type="button" data-action="delete-session" data-session="${value}" aria-label="Delete session ${name}">Delete</button>
              </td>
            </tr>`
          })}
        </tbody>
      </table>
      <h2>Snapshots</h2>
      ${
        snapshots.length === 0
          ? html`<p class="muted">None yet: "Snapshot" on a session saves its data and scenario progress.</p>`
          : html`<table class="snapshots">
              <thead>
                <tr><th scope="col">snapshot</th><th scope="col">of session</th><th scope="col">taken</th><th scope="col">records</th><th scope="col">actions</th></tr>
              </thead>
              <tbody>
                ${snapshots.map(
                  (snapshot) => html`<tr>
                    <td>${snapshot.id}</td>
                    <td>${describeSession(snapshot.session)}</td>
                    <td>${snapshot.takenAt}</td>
                    <td class="number">${snapshot.records}</td>
                    <td>
                      <button type="button" data-action="restore" data-id="${snapshot.id}" data-session="${toSessionValue(snapshot.session)}">
                        Restore snapshot ${snapshot.id} into ${describeSession(snapshot.session)}
                      </button>
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`
      }`
  },
})
