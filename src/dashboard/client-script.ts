/**
 * The dashboard's whole client: routing by the URL's hash, HTML fragments rendered (and escaped) on
 * the server, the admin token from the tab's session storage, and live updates read from a fetch
 * stream (EventSource cannot send the Authorization header; see decisions/0012-dashboard.md).
 * Plain browser JavaScript, served as is: no build step.
 */
export const CLIENT_SCRIPT = `'use strict'
const BASE = '/__admin/ui'
const TOKEN_KEY = 'yr-meta-mock-admin-token'
const RELOADS = { requests: ['request', 'sessions'], state: ['request', 'sessions', 'scenarios'],
  scenarios: ['request', 'sessions', 'scenarios'], sessions: ['request', 'sessions', 'scenarios'] }
const main = document.getElementById('main')
const login = document.getElementById('login')
const liveBadge = document.getElementById('live')
const say = (text) => { document.getElementById('status').textContent = text }
let token = sessionStorage.getItem(TOKEN_KEY) || ''
let streaming = false
let reloadTimer

class NeedsToken extends Error {}

async function call(path, init = {}) {
  const headers = { ...init.headers, ...(token ? { authorization: 'Bearer ' + token } : {}) }
  const response = await fetch(BASE + path, { ...init, headers })
  if (response.status === 401) { askForToken(await response.json().catch(() => ({}))); throw new NeedsToken() }
  if (!response.ok) throw new Error(response.status + ': ' + (await response.text()))
  return response
}

function askForToken(answer) {
  if (typeof answer.error === 'string') document.getElementById('login-why').textContent = answer.error
  login.hidden = false
  main.hidden = true
  document.getElementById('token').focus()
}

function currentView() {
  const [view, query = ''] = location.hash.replace(/^#\\/?/, '').split('?')
  return { view: RELOADS[view] ? view : 'requests', query }
}

async function render(moveFocus) {
  const { view, query } = currentView()
  const open = [...main.querySelectorAll('details[open][id]')].map((d) => d.id)
  const focused = document.activeElement && document.activeElement.id
  let text
  try { text = await (await call('/view/' + view + '?' + query)).text() }
  catch (error) { if (!(error instanceof NeedsToken)) say(error.message); return }
  main.hidden = false
  main.innerHTML = text
  for (const id of open) { const d = document.getElementById(id); if (d) d.open = true }
  for (const link of document.querySelectorAll('#pages a'))
    link.setAttribute('aria-current', link.dataset.view === view ? 'page' : 'false')
  const target = moveFocus ? main.querySelector('h1') : focused && document.getElementById(focused)
  if (target) target.focus()
  listen()
}

async function loadDetail(details) {
  const slot = details.querySelector('.detail')
  try { slot.innerHTML = await (await call('/' + details.dataset.src)).text() }
  catch (error) { slot.textContent = error.message }
}

async function act(button) {
  const { action, ...fields } = button.dataset
  button.disabled = true
  try {
    const response = await call('/actions/' + action, { method: 'POST',
      headers: { 'content-type': 'application/json' }, body: JSON.stringify(fields) })
    say((await response.json()).done)
  } catch (error) { if (!(error instanceof NeedsToken)) say(error.message) }
  await render(false)
}

/** Reads the event stream until it ends, then tries again a bounded number of times. */
async function listen() {
  if (streaming) return
  streaming = true
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await call('/events')
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      liveBadge.textContent = 'live'
      liveBadge.dataset.state = 'on'
      attempt = 0
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
        let end
        while ((end = buffer.indexOf('\\n\\n')) >= 0) {
          const data = buffer.slice(0, end).split('\\n').find((line) => line.startsWith('data:'))
          buffer = buffer.slice(end + 2)
          if (data) onChange(JSON.parse(data.slice(5)))
        }
      }
    } catch (error) { if (error instanceof NeedsToken) break }
    liveBadge.textContent = 'reconnecting'
    liveBadge.dataset.state = 'off'
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  streaming = false
}

function onChange(change) {
  if (!RELOADS[currentView().view].some((kind) => change.kinds.includes(kind))) return
  clearTimeout(reloadTimer)
  reloadTimer = setTimeout(() => render(false), 150)
}

main.addEventListener('toggle', (event) => {
  if (event.target.open && event.target.dataset.src) loadDetail(event.target)
}, true)
main.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-action]')
  if (button) act(button)
})
main.addEventListener('submit', (event) => {
  const form = event.target.closest('form[data-view]')
  if (!form) return
  event.preventDefault()
  const params = new URLSearchParams([...new FormData(form)].filter(([, value]) => value !== ''))
  location.hash = '#/' + form.dataset.view + '?' + params
})
login.addEventListener('submit', (event) => {
  event.preventDefault()
  token = document.getElementById('token').value.trim()
  sessionStorage.setItem(TOKEN_KEY, token)
  login.hidden = true
  render(true)
})
window.addEventListener('hashchange', () => render(true))
render(false)
`
