// The Node face: a real HTTP server on a real port.

export { createImportTransport } from './import-command.js'
export { loadScenarios } from './load-scenarios.js'
export type { RunningServer, StartServerOptions } from './start-server.js'
export { DEFAULT_HOST, DEFAULT_PORT, PortInUseError, startServer } from './start-server.js'
// Senders for a real server: a GET carries its body (createUpstream({ url, send: sendWithNodeHttp }))
export { sendWithNodeHttp } from './upstream-send.js'
export { watchScenarios } from './watch-scenarios.js'
