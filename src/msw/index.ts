// The MSW face: handlers for msw 2 or 3 (an optional peer dependency).

export type { HandlerOptions } from './create-handlers.js'
export { createHandlers } from './create-handlers.js'
