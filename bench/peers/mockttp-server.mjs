// The mockttp peer: one rule answering GET <path> (any query) with the fake's bytes. Usage:
// node mockttp-server.mjs <port> <path> <body-file>. mockttp listens on a bare port (every interface);
// the shim below binds it to loopback, as every server of the harness is.
import { readFileSync } from 'node:fs'
import net from 'node:net'
import { getLocal } from 'mockttp'

const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1')
  return listen.apply(this, args)
}

const [port, path, bodyFile] = process.argv.slice(2)
const body = readFileSync(bodyFile)
const server = getLocal()
await server.start(Number(port))
// With no Content-Length, mockttp ends the body by closing the connection: every request would pay a
// new connection (and wrk counts each close as a read error). Given the length, it keeps the connection.
await server.forGet(path).thenReply(200, body, {
  'Content-Type': 'application/json; charset=utf-8',
  'Content-Length': String(body.byteLength),
})
