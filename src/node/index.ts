// The Node face: a real HTTP server on a real port.

export { loadScenarios } from './load-scenarios.js'
export type { RunningServer, StartServerOptions } from './start-server.js'
export { DEFAULT_HOST, DEFAULT_PORT, PortInUseError, startServer } from './start-server.js'
export { watchScenarios } from './watch-scenarios.js'
