// The mix's floor: a bare Hono app on @hono/node-server (the fake's stack) answering every request of
// the soak's mix (bench/load/mixed.lua) with fixed bytes of a typical answer's size, dropping the
// connection where the fake does (negative paging) and reading request bodies from the socket as the
// fake's Node face does. What is left is node:http, the adapter, Hono's dispatch and the kernel.
import { serve } from '@hono/node-server'
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response'
import { Hono } from 'hono'

const [port] = process.argv.slice(2)
const body = `{"code":4115,"message":"function [0@soak@fn-1] is not found. check input parameters"}${' '.repeat(400)}`
const headers = { 'content-type': 'application/json; charset=utf-8' }
const app = new Hono()
app.get('/healthz', () => new Response(null, { status: 200 }))
app.all('*', (c) => {
  const { incoming, outgoing } = c.env
  if (c.req.url.includes('pageIndex=-1')) {
    outgoing.socket?.destroy()
    incoming.destroy()
    return RESPONSE_ALREADY_SENT
  }
  if (c.req.method === 'GET') return new Response(body, { headers })
  return new Promise((resolve) => {
    const chunks = []
    incoming.on('data', (chunk) => chunks.push(chunk))
    incoming.on('end', () => {
      Buffer.concat(chunks).toString('utf8')
      resolve(new Response(body, { headers }))
    })
  })
})
serve({ fetch: app.fetch, port: Number(port), hostname: '127.0.0.1' })
// Exit normally on SIGTERM, so a `--cpu-prof` run (npm run bench:profile -- --mix) writes its profile.
process.once('SIGTERM', () => process.exit(0))
