// The cold-start baseline: the smallest @hono/node-server app, started the same way as the CLI.
import { serve } from '@hono/node-server'

serve({ fetch: () => new Response('hello'), port: Number(process.argv[2]), hostname: '127.0.0.1' })
