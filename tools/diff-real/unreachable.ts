import { METHODS } from 'node:http'
import type { Step } from './exchange.js'

const KNOWN_METHODS = new Set(METHODS)

/**
 * Requests the Node face can never hand to the fake: Node's HTTP parser (llhttp) refuses them with
 * its own 400 before any user code runs, while Go's net/http reads them (test/golden/DIVERGENCES.md,
 * "What Node's parser refuses"; proven by test/node/node-parser-refusals.test.ts). A method Node
 * does not know (`FOO`), and a raw byte beyond ASCII in the request-target (Go takes UTF-8 there).
 */
export function isRefusedByNodeParser(face: string, request: Step): boolean {
  if (face !== 'node' || request.raw !== true) return false
  return !KNOWN_METHODS.has(request.method) || /[\u0080-\u00ff]/.test(request.path)
}
