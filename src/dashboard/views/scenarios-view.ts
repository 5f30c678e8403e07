import { html } from 'hono/html'
import { z } from '../../support/zod.js'
import type { ScenarioSummary } from '../dashboard-source.js'
import { describeSession, readSession, sessionSelect, toSessionValue } from '../render-parts.js'
import { defineView, viewParams } from './view.js'

/** The loaded scenarios, the active one, and each rule with how often it matched in the session. */
export const scenariosView = defineView({
  name: 'scenarios',
  query: () => z.strictObject({ session: viewParams().session }),
  load(source, params) {
    const session = readSession(params) ?? ''
    return { overview: source.scenarios(session), sessions: source.listSessions() }
  },
  render({ overview, sessions }) {
    const session = overview.session
    return html`<h1 tabindex="-1">Scenarios</h1>
      <form data-view="scenarios" class="filters" aria-label="Choose a session">
        ${sessionSelect(sessions, session, false)}
        <button type="submit">Show</button>
      </form>
      <p id="server-version">
        Answers as openYuanrong <strong>${overview.serverVersion}</strong>'s meta_service
        <span class="muted">(--server-version, or the active scenario's "serverVersion")</span>
      </p>
      <p id="active-scenario">
        Active: <strong>${overview.active ?? 'none'}</strong>
        ${overview.state === null ? '' : html`— session ${describeSession(session)} is in state <strong>${overview.state}</strong>`}
        ${overview.active ? html`<button type="button" data-action="activate" data-name="">Use no scenario</button>` : ''}
      </p>
      ${overview.scenarios.length === 0 ? html`<p class="muted">No scenarios loaded (start with --fixtures).</p>` : ''}
      ${overview.scenarios.map((scenario) => scenarioSection(scenario, session))}`
  },
})

function scenarioSection(scenario: ScenarioSummary, session: string) {
  const sessionValue = toSessionValue(session)
  return html`<section class="scenario ${scenario.active ? 'active' : ''}" aria-labelledby="scenario-${scenario.name}">
    <h2 id="scenario-${scenario.name}">${scenario.name} ${scenario.active ? html`<span class="badge">active</span>` : ''}</h2>
    <p>${scenario.description}</p>
    ${scenario.serverVersion === null ? '' : html`<p class="muted">Answers as openYuanrong ${scenario.serverVersion}.</p>`}
    <div class="actions">
      ${
        scenario.active
          ? html`<button type="button" data-action="reset-session" data-session="${sessionValue}">
                Reset session ${describeSession(session)}</button
              ><button type="button" data-action="restart-scenario" data-session="${sessionValue}">
                Restart ${scenario.name} (keep data)
              </button>`
          : html`<button type="button" data-action="activate" data-name="${scenario.name}">Activate ${scenario.name}</button>`
      }
    </div>
    ${
      scenario.rules.length === 0
        ? html`<p class="muted">No rules: data only.</p>`
        : html`<table class="rules">
            <caption class="visually-hidden">Rules of ${scenario.name}</caption>
            <thead>
              <tr>
                <th scope="col">rule</th><th scope="col">matches</th><th scope="col">fires on</th>
                <th scope="col">state</th><th scope="col">does</th><th scope="col">matched calls</th>
              </tr>
            </thead>
            <tbody>
              ${scenario.rules.map(
                (rule) => html`<tr>
                  <td>${rule.label}</td>
                  <td><code>${rule.match}</code></td>
                  <td>${rule.calls}</td>
                  <td>${rule.state ?? 'any'}${rule.newState ? ` → ${rule.newState}` : ''}</td>
                  <td>${rule.action}</td>
                  <td class="number">${rule.matchedCalls}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
    }
  </section>`
}
