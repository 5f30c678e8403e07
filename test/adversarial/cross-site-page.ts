import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from 'playwright-core'

/** A web page on another origin than the fake's: a tiny server on 127.0.0.1 with an empty page. */
export interface ForeignSite {
  readonly port: number
  close(): Promise<void>
}

export async function startForeignSite(): Promise<ForeignSite> {
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end('<!doctype html><title>somewhere else</title><body></body>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** What one attempt from the page came to: `read <status> <body>`, `opaque`, `blocked: …`, `sent`. */
export interface Attempt {
  readonly name: string
  readonly outcome: string
}

/**
 * Everything a page can send to `/__admin` from elsewhere: simple requests (text/plain, no body),
 * `no-cors` fetches with each method, preflighted ones (JSON, a custom header), forms of every
 * encoding, a beacon, an image, and (first) reads of the journal. Plain JavaScript, run in the page as is.
 */
const ATTEMPTS = `async (fake) => {
  const results = []
  const admin = (path) => fake + '/__admin' + path
  const read = async (response) =>
    response.type === 'opaque' ? 'opaque' : 'read ' + response.status + ' ' + (await response.text())
  const note = async (name, run) => {
    try {
      results.push({ name, outcome: await run() })
    } catch (error) {
      results.push({ name, outcome: 'blocked: ' + error.name })
    }
  }
  // Reads first, while the victim's journal still holds the client's auth header.
  for (const path of ['/requests?session=victim', '/sessions', '/health?session=victim', '/ui/data/requests'])
    await note('read GET ' + path, async () => read(await fetch(admin(path))))
  await note('read POST /requests/find', async () =>
    read(await fetch(admin('/requests/find?session=victim'), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })))
  const writes = [
    ['POST', '/reset?all=true'],
    ['POST', '/reset?session=victim'],
    ['POST', '/snapshots/1/restore?session=victim'],
    ['POST', '/recording/start'],
    ['POST', '/scenarios/storm/activate'],
    ['POST', '/scenarios/active/reset'],
    ['POST', '/snapshots?session=victim'],
    ['DELETE', '/scenarios/active'],
    ['DELETE', '/requests?session=victim'],
    ['DELETE', '/sessions/victim'],
    ['PUT', '/reset?all=true'],
    ['PATCH', '/reset?all=true'],
  ]
  for (const [method, path] of writes) {
    const at = method + ' ' + path
    await note(at + ' no-cors text/plain', async () =>
      read(await fetch(admin(path), { method, mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: '{}' })))
    await note(at + ' no-cors bodiless', async () => read(await fetch(admin(path), { method, mode: 'no-cors' })))
    await note(at + ' cors text/plain', async () =>
      read(await fetch(admin(path), { method, headers: { 'content-type': 'text/plain' }, body: '{}' })))
    await note(at + ' cors bodiless', async () => read(await fetch(admin(path), { method })))
    await note(at + ' cors json', async () =>
      read(await fetch(admin(path), { method, headers: { 'content-type': 'application/json' }, body: '{}' })))
    await note(at + ' cors x-mock-admin', async () =>
      read(await fetch(admin(path), { method, headers: { 'x-mock-admin': '1' } })))
  }
  const submit = (path, enctype) =>
    new Promise((resolve) => {
      const frame = document.createElement('iframe')
      frame.name = 'sink' + Math.random().toString(36).slice(2)
      document.body.append(frame)
      const form = document.createElement('form')
      Object.assign(form, { method: 'POST', action: admin(path), enctype, target: frame.name })
      document.body.append(form)
      setTimeout(() => {
        frame.addEventListener('load', () => resolve('sent'), { once: true })
        form.submit()
        setTimeout(() => resolve('no load event in 5 s'), 5000)
      }, 0)
    })
  for (const [method, path] of writes.filter(([method]) => method === 'POST'))
    for (const enctype of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'])
      await note('form ' + method + ' ' + path + ' ' + enctype, () => submit(path, enctype))
  await note('beacon POST /reset?all=true', async () => {
    const queued = navigator.sendBeacon(admin('/reset?all=true'), '{}')
    await new Promise((resolve) => setTimeout(resolve, 500))
    return queued ? 'sent' : 'not queued'
  })
  await note('image GET /requests?session=probe', () =>
    new Promise((resolve) => {
      const image = new Image()
      image.onload = image.onerror = () => resolve('sent')
      image.src = admin('/requests?session=probe')
    }))
  await note('control GET /healthz', async () => read(await fetch(fake + '/healthz')))
  await note('control no-cors GET functions', async () =>
    read(await fetch(fake + '/serverless/v1/functions?pageIndex=1&from=foreign-page', { mode: 'no-cors' })))
  return results
}`

/** Opens the foreign page at `origin` and makes every attempt against the fake at `fakeUrl`. */
export async function attemptFrom(page: Page, origin: string, fakeUrl: string): Promise<Attempt[]> {
  await page.goto(`${origin}/`)
  return (await page.evaluate(`(${ATTEMPTS})(${JSON.stringify(fakeUrl)})`)) as Attempt[]
}
