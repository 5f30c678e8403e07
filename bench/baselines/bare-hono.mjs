// The throughput baseline: a bare Hono app on @hono/node-server answering every GET with a
// precomputed body (the same bytes the fake sends) and /healthz with 200.
import { readFileSync } from 'node:fs'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'

const [port, bodyFile] = process.argv.slice(2)
const body = bodyFile ? readFileSync(bodyFile) : Buffer.from('hello')
const app = new Hono()
app.get('/healthz', () => new Response(null, { status: 200 }))
app.get('*', () => new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } }))
serve({ fetch: app.fetch, port: Number(port), hostname: '127.0.0.1' })
// Exit normally on SIGTERM, so a `--cpu-prof` run (npm run bench:profile) writes its profile.
process.once('SIGTERM', () => process.exit(0))
